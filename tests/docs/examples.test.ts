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
 *    exactOptionalPropertyTypes, …) plus `paths: { kepatuhan: ['src/index.ts'],
 *    'kepatuhan/testing': ['src/testing/index.ts'] }`. The only global added to the ES2022
 *    lib is `console.log`, which every runtime has.
 * 2. Run. The example is transpiled to CommonJS (`ts.transpileModule`) and evaluated with a
 *    `require` that maps `kepatuhan` to src/index.ts and `kepatuhan/testing` to
 *    src/testing/index.ts (whose examples may also import `fast-check`, its peer dependency).
 *    It must not throw.
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
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fastCheck from 'fast-check';
import * as library from '../../src/index.js';
import * as testingLibrary from '../../src/testing/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Where the examples live for the compiler: virtual files, never written to disk.
const virtualDir = join(root, 'tests/docs/.examples');

// ---------------------------------------------------------------------------------------------
// Finding the examples

interface Example {
  /** `src/…` path, `/`-separated. */
  readonly file: string;
  /** The documented symbol (`Parent.member` for members). */
  readonly symbol: string;
  /** The example's code, comment prefixes removed. */
  readonly code: string;
  /** 1-based line in `file` of the code's first line. */
  readonly line: number;
  /** Test name, unique. */
  readonly name: string;
  /** Virtual file the example is type-checked as. */
  readonly virtualPath: string;
}

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
// Type-checking all examples in one program

const globalsPath = join(virtualDir, 'globals.d.ts');
const globalsText = 'declare const console: { log(...data: unknown[]): void };\n';

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
  return {
    ...parsed.options,
    noEmit: true,
    moduleDetection: ts.ModuleDetectionKind.Force,
    paths: { kepatuhan: [join(root, 'src/index.ts')], 'kepatuhan/testing': [join(root, 'src/testing/index.ts')] },
  };
}

function where(example: Example, snippetLine: number): string {
  return `${example.file}:${example.line + snippetLine}`;
}

/** Diagnostics per example name, as `src/file.ts:line: message`. */
function typeCheckAll(): Map<string, string[]> {
  const options = compilerOptions();
  const virtual = new Map<string, string>(examples.map((e) => [e.virtualPath, e.code]));
  virtual.set(globalsPath, globalsText);
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const code = virtual.get(resolve(fileName));
    return code !== undefined
      ? ts.createSourceFile(fileName, code, languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  host.fileExists = (fileName) => virtual.has(resolve(fileName)) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(resolve(fileName)) ?? readFile(fileName);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });

  const general = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (general.length > 0) {
    throw new Error(general.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  }
  const result = new Map<string, string[]>();
  for (const example of examples) {
    const sf = program.getSourceFile(example.virtualPath);
    if (sf === undefined) throw new Error(`${example.name}: not in the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    result.set(
      example.name,
      diagnostics.map((d) => {
        const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line : 0;
        return `${where(example, line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reading value comments

/** A literal read from a comment; `…` makes objects, arrays and strings partial. */
type Expected =
  | { readonly kind: 'exact'; readonly value: unknown }
  | { readonly kind: 'string'; readonly prefix: string }
  | { readonly kind: 'array'; readonly items: readonly Expected[]; readonly partial: boolean }
  | { readonly kind: 'object'; readonly props: ReadonlyMap<string, Expected>; readonly partial: boolean };

const REST = '__rest__';

/**
 * Splits a comment that starts with a literal into the literal's text (with `…` outside strings
 * replaced by a {@link REST} marker) and the rest; undefined if the comment does not start with
 * a literal.
 */
function splitLiteral(comment: string): { literal: string; rest: string } | undefined {
  const first = comment[0];
  if (first === '[' || first === '{') {
    let depth = 0;
    let quote: string | null = null;
    let out = '';
    for (let i = 0; i < comment.length; i++) {
      const c = comment[i] as string;
      if (quote !== null) {
        out += c;
        if (c === '\\') out += comment[++i] ?? '';
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      if (c === '[' || c === '{') depth++;
      if (c === ']' || c === '}') depth--;
      out += c === '…' ? REST : c;
      if (depth === 0) return { literal: out, rest: comment.slice(i + 1) };
    }
    return { literal: out, rest: '' }; // unbalanced: fails to parse below
  }
  if (first === '"' || first === "'") {
    for (let i = 1; i < comment.length; i++) {
      if (comment[i] === '\\') i++;
      else if (comment[i] === first) return { literal: comment.slice(0, i + 1), rest: comment.slice(i + 1) };
    }
    return { literal: comment, rest: '' };
  }
  const token = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null|undefined)(?![\w.])/.exec(comment);
  if (/^-?\d/.test(comment) || token !== null) {
    const literal = token?.[0] ?? comment;
    return { literal, rest: comment.slice(literal.length) };
  }
  return undefined;
}

function toExpected(node: ts.Expression): Expected {
  if (ts.isParenthesizedExpression(node)) return toExpected(node.expression);
  if (ts.isNumericLiteral(node)) return { kind: 'exact', value: Number(node.text) };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return { kind: 'exact', value: -Number(node.operand.text) };
  }
  if (ts.isStringLiteral(node)) {
    return node.text.endsWith('…') ? { kind: 'string', prefix: node.text.slice(0, -1) } : { kind: 'exact', value: node.text };
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'exact', value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'exact', value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'exact', value: null };
  if (ts.isIdentifier(node) && node.text === 'undefined') return { kind: 'exact', value: undefined };
  if (ts.isArrayLiteralExpression(node)) {
    const elements = [...node.elements];
    const last = elements[elements.length - 1];
    const partial = last !== undefined && ts.isIdentifier(last) && last.text === REST;
    if (partial) elements.pop();
    return { kind: 'array', items: elements.map(toExpected), partial };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const props = new Map<string, Expected>();
    let partial = false;
    node.properties.forEach((p, i) => {
      if (ts.isShorthandPropertyAssignment(p) && p.name.text === REST && i === node.properties.length - 1) {
        partial = true;
      } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))) {
        props.set(p.name.text, toExpected(p.initializer));
      } else {
        throw new Error(`not a literal property: ${p.getText()}`);
      }
    });
    return { kind: 'object', props, partial };
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

/** The expected value of a value comment; throws if it starts like a literal but is not one. */
function readValueComment(comment: string): Expected | undefined {
  const split = splitLiteral(comment);
  if (split === undefined) return undefined;
  if (split.rest !== '' && !/^(\s*[;:,]|\s+[(—–])/.test(split.rest)) {
    throw new Error(`the literal "${split.literal}" must end the comment or be followed by ; : , or " (" " —"; got "${split.rest}"`);
  }
  const text = `(${split.literal});`;
  const check = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  if ((check.diagnostics ?? []).length > 0) throw new Error(`not a literal: ${split.literal}`);
  const sf = ts.createSourceFile('value.ts', text, ts.ScriptTarget.ES2022, true);
  const statement = sf.statements[0];
  if (sf.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) {
    throw new Error(`not a literal: ${split.literal}`);
  }
  return toExpected(statement.expression);
}

/**
 * The value to compare `actual` with: the expected literal, where each `…` is filled in with the
 * part of `actual` it stands for (so a partial literal equals `actual` exactly when `actual`
 * matches it, and a mismatch shows as a normal diff).
 */
function conform(actual: unknown, expected: Expected): unknown {
  switch (expected.kind) {
    case 'exact':
      return expected.value;
    case 'string':
      return typeof actual === 'string' && actual.startsWith(expected.prefix) ? actual : `${expected.prefix}…`;
    case 'array': {
      const items = expected.items.map((e, i) => conform(Array.isArray(actual) ? (actual as unknown[])[i] : undefined, e));
      return expected.partial && Array.isArray(actual) ? [...items, ...(actual as unknown[]).slice(items.length)] : items;
    }
    case 'object': {
      const isObject = typeof actual === 'object' && actual !== null && !Array.isArray(actual);
      const source = isObject ? (actual as Record<string, unknown>) : {};
      const out: Record<string, unknown> = expected.partial && isObject ? { ...source } : {};
      for (const [key, e] of expected.props) {
        out[key] = conform(Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined, e);
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Running an example

interface Check {
  readonly at: string;
  readonly source: string;
  readonly expected: Expected | { readonly kind: 'throws'; readonly code: string | undefined };
}

interface Instrumented {
  readonly code: string;
  readonly checks: readonly Check[];
  /** Comments that start like a value but do not read as one. */
  readonly unreadable: readonly string[];
}

/** Wraps the checked top-level expression statements in `__value(k, …)` / `__throws(k, …)`. */
function instrument(example: Example): Instrumented {
  const code = example.code;
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const checks: Check[] = [];
  const unreadable: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of sf.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const trailing = ts.getTrailingCommentRanges(code, statement.end)?.[0];
    if (trailing === undefined || trailing.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const comment = code.slice(trailing.pos + 2, trailing.end).trim();
    const at = where(example, sf.getLineAndCharacterOfPosition(statement.getStart()).line);
    const expression = statement.expression.getText();
    const k = checks.length;
    if (/^throws\b/.test(comment)) {
      const m = /^throws KepatuhanError(?: ([A-Z][A-Z0-9_]*))?(?![\w])/.exec(comment);
      if (m === null) {
        unreadable.push(`${at}: "// ${comment}" should read "// throws KepatuhanError CODE"`);
        continue;
      }
      checks.push({ at, source: expression, expected: { kind: 'throws', code: m[1] } });
      edits.push({ start: statement.getStart(), end: statement.end, text: `__throws(${k}, () => (${expression}));` });
      continue;
    }
    let expected: Expected | undefined;
    try {
      expected = readValueComment(comment);
    } catch (error) {
      unreadable.push(`${at}: "// ${comment}": ${(error as Error).message}`);
      continue;
    }
    if (expected === undefined) continue;
    checks.push({ at, source: expression, expected });
    edits.push({ start: statement.expression.getStart(), end: statement.expression.end, text: `__value(${k}, (${expression}))` });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks, unreadable };
}

type Outcome = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'threw'; readonly error: unknown };

function run(example: Example, code: string): Map<number, Outcome> {
  const js = ts.transpileModule(code, {
    fileName: 'example.ts',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
  const outcomes = new Map<number, Outcome>();
  const requireModule = (id: string): unknown => {
    if (id === 'kepatuhan') return library;
    // The testing entry's examples use fast-check, its (optional) peer dependency.
    if (example.file.startsWith('src/testing/') && id === 'kepatuhan/testing') return testingLibrary;
    if (example.file.startsWith('src/testing/') && id === 'fast-check') return fastCheck;
    throw new Error(`${example.name}: imports '${id}'; examples import only from 'kepatuhan' (and, in src/testing, 'kepatuhan/testing' and 'fast-check')`);
  };
  const value = (k: number, v: unknown): unknown => {
    outcomes.set(k, { kind: 'value', value: v });
    return v;
  };
  const throws = (k: number, f: () => unknown): void => {
    try {
      outcomes.set(k, { kind: 'value', value: f() });
    } catch (error) {
      outcomes.set(k, { kind: 'threw', error });
    }
  };
  const quietConsole = { log: (): void => undefined };
  const evaluate = new Function('require', 'exports', 'module', '__value', '__throws', 'console', js) as (...args: unknown[]) => void;
  const module = { exports: {} };
  evaluate(requireModule, module.exports, module, value, throws, quietConsole);
  return outcomes;
}

// ---------------------------------------------------------------------------------------------
// The tests

let diagnostics: Map<string, string[]>;
beforeAll(() => {
  diagnostics = typeCheckAll();
});

describe('TSDoc @example blocks in src/', () => {
  it('every @example tag has a fenced code block, and all were found', () => {
    expect(collected.unfenced).toEqual([]);
    expect(examples.length).toBe(collected.tagCount);
    expect(examples.length).toBeGreaterThan(0);
  });

  it('every example imports from kepatuhan (what users copy)', () => {
    const without = examples.filter((e) => !/^import (type )?\{[^}]*\} from 'kepatuhan(\/testing)?';$/m.test(e.code)).map((e) => e.name);
    expect(without).toEqual([]);
  });

  it('value comments are checked (the checker is not idle)', () => {
    const checked = examples.reduce((n, e) => n + instrument(e).checks.length, 0);
    expect(checked).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(example.name, () => {
      const typeErrors = diagnostics.get(example.name) ?? [`${example.name}: not type-checked`];
      if (typeErrors.length > 0) throw new Error(`type errors:\n${typeErrors.join('\n')}`);
      const instrumented = instrument(example);
      if (instrumented.unreadable.length > 0) {
        throw new Error(`value comments that do not read as a literal:\n${instrumented.unreadable.join('\n')}`);
      }
      let outcomes: Map<number, Outcome>;
      try {
        outcomes = run(example, instrumented.code);
      } catch (error) {
        throw new Error(`${example.file}:${example.line}: the example (from this line) threw: ${String(error)}`, { cause: error });
      }
      instrumented.checks.forEach((check, k) => {
        const outcome = outcomes.get(k);
        const label = `${check.at}: ${check.source}`;
        expect(outcome, `${label} was not reached`).toBeDefined();
        if (outcome === undefined) return;
        if (check.expected.kind === 'throws') {
          expect(outcome.kind, `${label} should throw`).toBe('threw');
          if (outcome.kind !== 'threw') return;
          expect(outcome.error, `${label} should throw a KepatuhanError`).toBeInstanceOf(library.KepatuhanError);
          if (check.expected.code !== undefined) expect((outcome.error as library.KepatuhanError).code, label).toBe(check.expected.code);
          return;
        }
        if (outcome.kind === 'threw') throw new Error(`${label} threw: ${String(outcome.error)}`, { cause: outcome.error });
        expect(outcome.value, label).toStrictEqual(conform(outcome.value, check.expected));
      });
    });
  }
});
