/**
 * docs/testing-your-rules.md shows reports word for word: they are what the code in the guide
 * produces. The guide's `skm.ts` block is compiled and run here, so the guide cannot drift.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { presets, scales, type MethodologySpec } from '../../src/index.js';
import { checkImplementation, checkMethodology, type AnswerSet } from '../../src/testing/index.js';

const guide = readFileSync(new URL('../../docs/testing-your-rules.md', import.meta.url), 'utf8');

/** The ```text block after `<!-- report: name -->`. */
function reportBlock(name: string): string {
  const m = new RegExp(`<!-- report: ${name} -->\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``).exec(guide);
  if (m === null) throw new Error(`no report block "${name}" in the guide`);
  return m[1]!;
}

/** The guide's `// skm.ts — your code` block, compiled and run. */
function guideCode(): { ikm: (qs: readonly AnswerSet[]) => number; mutu: (score: number) => string } {
  const m = /```ts\n(\/\/ skm\.ts — your code\n[\s\S]*?)```/.exec(guide);
  if (m === null) throw new Error('no skm.ts block in the guide');
  const js = ts.transpileModule(m[1]!, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', js)(module.exports, module);
  return module.exports as ReturnType<typeof guideCode>;
}

describe('docs/testing-your-rules.md', () => {
  const { ikm, mutu } = guideCode();

  it('the 0.111 report is what checkImplementation says', () => {
    const r = checkImplementation(presets.skm2017, ikm, { input: 'questionnaires', seed: 2017 });
    expect(r.message).toBe(reportBlock('weight-0111'));
    expect([r.ok, r.seed, r.path, r.runs]).toEqual([false, 2017, '0', 1]);
    expect(checkImplementation(presets.skm2017, ikm, { input: 'questionnaires', seed: 2017, path: '0' }).runs).toBe(1);
  });

  it('the category report (tolerance 0.1) is what checkImplementation says, and its survey sums to 117: 25 × 117 / 45 = 65', () => {
    const r = checkImplementation(
      presets.skm2017,
      (questionnaires) => {
        const score = ikm(questionnaires);
        return { score, category: mutu(score) };
      },
      { input: 'questionnaires', seed: 2017, tolerance: 0.1 },
    );
    expect(r.message).toBe(reportBlock('weight-0111-category'));
    const qs = r.counterexample!;
    expect(qs.flatMap((q) => Object.values(q)).reduce((s: number, v) => s + Number(v), 0)).toBe(117);
    expect(qs).toHaveLength(5);
  });

  it('the checkMethodology report is what it says, and 25 + 75 × (6.642 + 100) / 200 = 64.99075', () => {
    const mine: MethodologySpec = {
      id: 'mine', name: 'Mine', version: '1', output: { min: 25, max: 100 }, scale: scales.skm2017,
      weights: { total: 1 }, rounding: { mode: 'halfUp', decimals: 3 },
      dimensions: [{ id: 'd', name: 'D', weight: 1, variables: [{ id: 'v', name: 'V', indicators: [
        { id: 'a', name: 'A', weight: '1/2', answer: { kind: 'percent', decimals: 3 } },
        { id: 'b', name: 'B', weight: '1/2', answer: { kind: 'percent', decimals: 3 } },
      ] }] }],
    };
    expect(guide).toContain("weights: { total: 1 }, rounding: { mode: 'halfUp', decimals: 3 },");
    const r = checkMethodology(mine, { seed: 1 });
    expect(r.message).toBe(reportBlock('methodology-3-decimals'));
    expect(r.violations[0]?.counterexample).toEqual({ a: 6.642, b: 100 });
    expect(25_000 + (75 * (6642 + 100_000)) / 200).toBe(64_990.75); // thousandths
  });
});
