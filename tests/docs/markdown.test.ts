/**
 * Every ```ts block in README.md and docs/**\/*.md (the generated API site in docs/api/ aside)
 * type-checks under the project's strict options, runs, and returns or prints what its comments
 * promise (the rules are in tests/docs/examples.test.ts and tests/docs/exampleRunner.ts:
 * `expr; // literal`, `expr; // throws KepatuhanError CODE`, `console.log(…); // → text`).
 *
 * A block that is deliberately a fragment (it uses names it does not declare, or shows a shape)
 * says so in its fence: ```ts fragment. Fragments are listed, not run. Any other ```ts block is
 * a complete program a user can paste.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCount, checkExample, type Example, exampleModules, root, typeCheckAll, virtualDir } from './exampleRunner.js';

function markdownFiles(): string[] {
  const docs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? (e.name === 'api' && dir.endsWith('docs') ? [] : docs(join(dir, e.name))) : e.name.endsWith('.md') ? [join(dir, e.name)] : []))
      .sort();
  return [join(root, 'README.md'), ...docs(join(root, 'docs'))];
}

interface Found {
  readonly examples: Example[];
  readonly fragments: string[];
}

function collect(): Found {
  const examples: Example[] = [];
  const fragments: string[] = [];
  const names = new Map<string, number>();
  for (const path of markdownFiles()) {
    const file = relative(root, path).split('\\').join('/');
    const lines = readFileSync(path, 'utf8').split('\n');
    let heading = '(top)';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h !== null) heading = (h[1] ?? '').trim();
      const fence = /^(`{3,})\s*(\S*)\s*(.*)$/.exec(line);
      if (fence === null) continue;
      const ticks = fence[1] ?? '```';
      let end = i + 1;
      while (end < lines.length && (lines[end] ?? '').trim() !== ticks) end++;
      const lang = fence[2] ?? '';
      if (lang === 'ts' || lang === 'typescript') {
        const base = `${file} › ${heading}`;
        if (/\bfragment\b/.test(fence[3] ?? '')) {
          fragments.push(`${file}:${i + 1}`);
        } else {
          const n = (names.get(base) ?? 0) + 1;
          names.set(base, n);
          const name = n === 1 ? base : `${base} #${n}`;
          const slug = name.replace(/[^A-Za-z0-9]+/g, '_');
          examples.push({
            file,
            symbol: heading,
            code: lines.slice(i + 1, end).join('\n'),
            line: i + 2,
            name,
            virtualPath: join(virtualDir, `md-${examples.length + 1}-${slug}.ts`),
          });
        }
      }
      i = end;
    }
  }
  return { examples, fragments };
}

const { examples, fragments } = collect();

let diagnostics: Map<string, string[]>;
let modules: Map<string, unknown>;
beforeAll(async () => {
  diagnostics = typeCheckAll(examples);
  modules = await exampleModules();
});

describe('```ts blocks in README.md and docs/', () => {
  it('README.md has runnable blocks, and their comments are checked (the checker is not idle)', () => {
    expect(examples.some((e) => e.file === 'README.md')).toBe(true);
    expect(examples.reduce((n, e) => n + checkCount(e), 0)).toBeGreaterThan(0);
  });

  it('fragments are marked in their fence and few (listed here when this fails)', () => {
    // A fragment is allowed, but it is the exception: most blocks must run.
    expect(fragments.length, fragments.join(', ')).toBeLessThanOrEqual(examples.length);
  });

  for (const example of examples) {
    it(example.name, () => {
      checkExample(example, diagnostics, modules);
    });
  }
});
