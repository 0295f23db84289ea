/**
 * The machinery that checks code examples (TSDoc `@example` blocks in src/, and ```ts blocks
 * in README.md and docs/): each one type-checks under the project's strict options, runs, and
 * returns the values its comments promise. Used by tests/docs/examples.test.ts and
 * tests/docs/markdown.test.ts; the rules for value comments are in examples.test.ts's header.
 *
 * Besides value comments, a `console.log(…);` statement followed by `// → text` must print
 * exactly `text` (arguments joined by a space, strings as they are, other values by String).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect } from 'vitest';
import * as library from '../../src/index.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Where the examples live for the compiler: virtual files, never written to disk.
export const virtualDir = join(root, 'tests/docs/.examples');

/** One code example to check. */
export interface Example {
  /** Repository-relative path, `/`-separated. */
  readonly file: string;
  /** What the example documents (a symbol, or a heading of a Markdown page). */
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
    paths: Object.fromEntries(entrySources().map(([name, source]) => [name, [source]])),
  };
}

export function where(example: Example, snippetLine: number): string {
  return `${example.file}:${example.line + snippetLine}`;
}

/** Diagnostics per example name, as `file:line: message`. */
export function typeCheckAll(examples: readonly Example[]): Map<string, string[]> {
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
  readonly expected:
    | Expected
    | { readonly kind: 'throws'; readonly code: string | undefined }
    | { readonly kind: 'prints'; readonly text: string };
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
    if (comment.startsWith('→')) {
      const call = statement.expression;
      if (!ts.isCallExpression(call) || call.expression.getText() !== 'console.log') {
        unreadable.push(`${at}: "// ${comment}": a "// → text" comment follows a console.log(…) call`);
        continue;
      }
      checks.push({ at, source: expression, expected: { kind: 'prints', text: comment.slice(1).trim() } });
      edits.push({ start: statement.getStart(), end: statement.end, text: `__prints(${k}, [${call.arguments.map((a) => a.getText()).join(', ')}]);` });
      continue;
    }
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

/** What console.log prints for these arguments (strings as they are, other values by String). */
function printed(args: readonly unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
}

function run(example: Example, code: string, modules: ReadonlyMap<string, unknown>): Map<number, Outcome> {
  const js = ts.transpileModule(code, {
    fileName: 'example.ts',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
  const outcomes = new Map<number, Outcome>();
  const requireModule = (id: string): unknown => {
    const module = modules.get(id);
    if (module === undefined) throw new Error(`${example.name}: imports '${id}'; examples import only from ${[...modules.keys()].map((m) => `'${m}'`).join(', ')}`);
    return module;
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
  const prints = (k: number, args: readonly unknown[]): void => {
    outcomes.set(k, { kind: 'value', value: printed(args) });
  };
  const quietConsole = { log: (): void => undefined };
  const evaluate = new Function('require', 'exports', 'module', '__value', '__throws', '__prints', 'console', js) as (...args: unknown[]) => void;
  const module = { exports: {} };
  evaluate(requireModule, module.exports, module, value, throws, prints, quietConsole);
  return outcomes;
}


/**
 * Type errors, unreadable value comments, a throw, or a value that differs from its comment
 * fail the example (the body of one test case).
 */
export function checkExample(example: Example, diagnostics: ReadonlyMap<string, readonly string[]>, modules: ReadonlyMap<string, unknown>): void {
  const typeErrors = diagnostics.get(example.name) ?? [`${example.name}: not type-checked`];
  if (typeErrors.length > 0) throw new Error(`type errors:\n${typeErrors.join('\n')}`);
  const instrumented = instrument(example);
  if (instrumented.unreadable.length > 0) {
    throw new Error(`value comments that do not read as a literal:\n${instrumented.unreadable.join('\n')}`);
  }
  let outcomes: Map<number, Outcome>;
  try {
    outcomes = run(example, instrumented.code, modules);
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
    if (check.expected.kind === 'prints') {
      expect(outcome.value, `${label} prints`).toBe(check.expected.text);
      return;
    }
    expect(outcome.value, label).toStrictEqual(conform(outcome.value, check.expected));
  });
}

/**
 * The package's entries as `[import specifier, source file]`: `kepatuhan` and each subpath of
 * package.json "exports" (`kepatuhan/scales`, `kepatuhan/presets`, `kepatuhan/testing`), whose
 * built file `dist/<name>.js` is the tsup entry of the same name in tsup.config.ts.
 */
export function entrySources(): [string, string][] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const config = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
  return Object.keys(pkg.exports)
    .filter((key) => key === '.' || (key.startsWith('./') && !key.endsWith('.json')))
    .map((key) => {
      const name = key === '.' ? 'index' : key.slice(2);
      const source = new RegExp(`\\b${name}: '([^']+)'`).exec(config)?.[1];
      if (source === undefined) throw new Error(`package.json exports ${key}, but tsup.config.ts has no entry ${name}`);
      return [key === '.' ? 'kepatuhan' : `kepatuhan/${name}`, join(root, source)];
    });
}

/**
 * The modules an example may import: every entry of the package (the root and the subpaths of
 * package.json "exports", see {@link entrySources}), and fast-check, the testing entry's
 * (optional) peer dependency.
 */
export async function exampleModules(): Promise<Map<string, unknown>> {
  const modules = new Map<string, unknown>([['kepatuhan', library], ['fast-check', await import('fast-check')]]);
  for (const [name, source] of entrySources()) if (name !== 'kepatuhan') modules.set(name, await import(source));
  return modules;
}

/** Counts the value, print and throw comments an example's checker will check. */
export function checkCount(example: Example): number {
  return instrument(example).checks.length;
}
