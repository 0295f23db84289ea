import { describe, expect, it } from 'vitest';
import { presets } from '../../src/index.js';
import { renderAssessmentsPage, renderPresetPage, renderPresetsOverview } from '../../scripts/presetDocs.js';

// The committed pages in docs/presets/ and docs/assessments-and-presets.md are generated from the presets: this fails when they
// drift. Regenerate with `npm run docs:presets`.
describe('docs/presets pages match the presets', () => {
  it.each(Object.keys(presets))('docs/presets/%s.md', async (id) => {
    await expect(renderPresetPage(presets[id as keyof typeof presets])).toMatchFileSnapshot(`../../docs/presets/${id}.md`);
  });

  it('docs/presets/overview.md', async () => {
    await expect(renderPresetsOverview()).toMatchFileSnapshot('../../docs/presets/overview.md');
  });

  it('docs/assessments-and-presets.md', async () => {
    await expect(renderAssessmentsPage()).toMatchFileSnapshot('../../docs/assessments-and-presets.md');
  });
});
