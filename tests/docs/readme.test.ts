import { describe, expect, it } from 'vitest';
import { indicatorOrder, presets, scoreUnit, type AnswersOf } from '../../src/index.js';

describe('README quick start', () => {
  it('fills a preset\'s ids from indicatorOrder, typed as AnswersOf, and scores them', () => {
    // The snippet proposed for README.md (its types: tests/scoring/answers.test-d.ts).
    const m = presets.ombudsman2022;
    const ids = indicatorOrder(m); // every indicator id, in order
    const answers: AnswersOf<typeof m> = { ...Object.fromEntries(ids.map((id) => [id, 3])), 'input.kompetensi.standar': 2 };
    const unit = scoreUnit(m, answers);
    // By hand: 'input.kompetensi.standar' weighs 12.22 % of Input's 21.85 points and loses a third
    // of them: 21.85 × 0.1222 / 3 = 0.890… points, so 100 − 0.890… = 99.109…, 99.11 half-up: A.
    expect(unit.score).toBe(99.11);
    expect(unit.classification.label).toBe('Kualitas Tertinggi');
    expect(ids).toHaveLength(Object.keys(answers).length);
  });
});
