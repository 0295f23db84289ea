/**
 * Every fenced `@example` block in the TSDoc of src/**\/*.ts compiles and runs, and the values
 * its comments promise are the values the library returns. Users copy these examples, so each
 * one is self-contained: it imports what it uses with `import … from 'kepatuhan'` and declares
 * every variable it reads.
 *
 * One test case per example, named `<file> › <documented symbol>`; failures give the line in
 * src/. For each example:
 *
 * 1. Type-check. All examples are virtual modules of ONE `ts.Program` (built once, in seconds),
 *    compiled with the options of tsconfig.json (strict, noUncheckedIndexedAccess,
 *    exactOptionalPropertyTypes, …) plus `paths: { kepatuhan: ['src/index.ts'] }`. The only
 *    global added to the ES2022 lib is `console.log`, which every runtime has.
 * 2. Run. The example is transpiled to CommonJS (`ts.transpileModule`) and evaluated with a
 *    `require` that maps `kepatuhan` to src/index.ts. It must not throw.
 * 3. Check the values its comments state. Only this form is checked: a TOP-LEVEL expression
 *    statement followed, on the same line, by a `//` comment that starts with a literal:
 *
 *        aggregate([80, 90]).score; // 85
 *        classify(88, s).category; // "A" (88.00 is A: lower bounds are inclusive)
 *        c.dropped; // ["Kota Serang"]
 *        g.drags[0]; // { id: 'disdikbud', drag: 0.93, … }
 *
 *    The literal is a number, a string ('…' or "…"), true, false, null, undefined, or an
 *    array/object of those (keys bare or quoted). `…` means "and more": last in an object, other
 *    properties may follow; last in an array, more elements may follow; at the end of a string,
 *    the value starts with the text before it (`'…'` alone: any string). After the literal the
 *    comment may go on after `;`, `:` or `,`, or after a space and `(`, `—` or `–`. Values are
 *    compared with `toStrictEqual`. A comment that starts like a literal but does not read as one
 *    fails the test (fix the comment), so a claimed value is never skipped silently. Comments
 *    starting with a word (`// the score before …`) are prose and are not checked; neither are
 *    comments after declarations (`const r = …; // 53.33`) or inside blocks.
 *
 *    A top-level expression statement followed by `// throws KepatuhanError CODE` must throw a
 *    KepatuhanError with that code (the CODE is optional); the example then goes on.
 *
 * Expected values come only from the examples' comments, never from this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCount, checkExample, type Example, exampleModules, root, typeCheckAll, virtualDir } from './exampleRunner.js';

// ---------------------------------------------------------------------------------------------
// Finding the examples


function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

function declarationName(node: ts.Node): string {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  }
  const name = ts.getNameOfDeclaration(node as ts.Declaration);
  const own = name !== undefined ? name.getText() : ts.SyntaxKind[node.kind];
  const parent = node.parent;
  if (parent !== undefined && !ts.isSourceFile(parent) && !ts.isModuleBlock(parent)) {
    return `${declarationName(parent)}.${own}`;
  }
  return own;
}

interface FoundBlock {
  readonly code: string;
  readonly line: number;
}

/** Fenced blocks of the `@example` tags of one raw `/** … *\/` comment. */
function exampleBlocks(comment: string, firstLine: number): { blocks: FoundBlock[]; unfenced: number } {
  const lines = comment.split('\n');
  const blocks: FoundBlock[] = [];
  let unfenced = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/^\s*(\/\*\*|\*)? ?/, '');
    if (!/^@example\b/.test(text)) continue;
    // The fence opens on a following line, before the next tag.
    let open = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const t = (lines[j] ?? '').replace(/^\s*\*\/?\s?/, '').trim();
      if (/^```(ts|typescript)?$/.test(t)) {
        open = j;
        break;
      }
      if (t.startsWith('@')) break;
    }
    if (open < 0) {
      unfenced++;
      continue;
    }
    const code: string[] = [];
    let j = open + 1;
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? '';
      const t = raw.replace(/^\s*\* ?/, '');
      if (t.trim() === '```') break;
      code.push(t);
    }
    if (j >= lines.length) {
      unfenced++;
      continue;
    }
    blocks.push({ code: code.join('\n'), line: firstLine + open + 1 });
    i = j;
  }
  return { blocks, unfenced };
}

interface Collected {
  readonly examples: Example[];
  /** `@example` tags in src/ without a closed fenced block, as `file:line`. */
  readonly unfenced: string[];
  /** Raw count of `@example` in src/ TSDoc comments. */
  readonly tagCount: number;
}

function collectExamples(): Collected {
  const examples: Example[] = [];
  const unfenced: string[] = [];
  const names = new Map<string, number>();
  let tagCount = 0;
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
    const seen = new Set<number>();
    const visit = (node: ts.Node): void => {
      for (const doc of ts.getJSDocCommentsAndTags(node)) {
        if (!ts.isJSDoc(doc) || seen.has(doc.pos)) continue;
        seen.add(doc.pos);
        const raw = text.slice(doc.pos, doc.end);
        tagCount += (raw.match(/^\s*\*?\s*@example\b/gm) ?? []).length;
        const firstLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
        const found = exampleBlocks(raw, firstLine);
        for (let k = 0; k < found.unfenced; k++) unfenced.push(`${file}:${firstLine}`);
        const symbol = declarationName(doc.parent);
        for (const block of found.blocks) {
          const base = `${file} › ${symbol}`;
          const n = (names.get(base) ?? 0) + 1;
          names.set(base, n);
          const name = n === 1 ? base : `${base} #${n}`;
          const slug = name.replace(/[^A-Za-z0-9]+/g, '_');
          examples.push({ file, symbol, code: block.code, line: block.line, name, virtualPath: join(virtualDir, `${examples.length + 1}-${slug}.ts`) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { examples, unfenced, tagCount };
}

const collected = collectExamples();
const { examples } = collected;

// ---------------------------------------------------------------------------------------------
// The tests

let diagnostics: Map<string, string[]>;
let modules: Map<string, unknown>;
beforeAll(async () => {
  diagnostics = typeCheckAll(examples);
  modules = await exampleModules();
});

describe('TSDoc @example blocks in src/', () => {
  it('every @example tag has a fenced code block, and all were found', () => {
    expect(collected.unfenced).toEqual([]);
    expect(examples.length).toBe(collected.tagCount);
    expect(examples.length).toBeGreaterThan(0);
  });

  it('every example imports from kepatuhan (what users copy)', () => {
    const without = examples.filter((e) => !/^import (type )?\{[^}]*\} from 'kepatuhan(\/[a-z]+)?';$/m.test(e.code)).map((e) => e.name);
    expect(without).toEqual([]);
  });

  it('value comments are checked (the checker is not idle)', () => {
    const checked = examples.reduce((n, e) => n + checkCount(e), 0);
    expect(checked).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(example.name, () => {
      checkExample(example, diagnostics, modules);
    });
  }
});
