/**
 * The package as it will be published: `npm pack` gives a tarball with exactly the files that
 * should ship; installed into a scratch project in an empty folder, the README's Quick start
 * type-checks under `strict` against the installed types and runs in ESM and in CJS, printing
 * what its `// → …` comments say. `npm test` builds first (pretest).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** The first ```ts block under the README heading "Quick start". */
function quickStart(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const m = /^## Quick start\n[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (m === null || m[1] === undefined) throw new Error('README.md has no ```ts block under "## Quick start"');
  return m[1];
}

/** What the Quick start's `console.log(…); // → text` comments say it prints, in order. */
function promisedLines(code: string): string[] {
  return [...code.matchAll(/^console\.log\(.*\);\s*\/\/ → (.*)$/gm)].map((m) => (m[1] ?? '').trim());
}

let dir = '';
let files: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kepatuhan-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = join(dir, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path).sort();
  const project = join(dir, 'scratch');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--offline', '--ignore-scripts'], { cwd: project, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the published package (npm pack)', () => {
  it('ships exactly dist/, LICENSE, README.md, CHANGELOG.md and package.json', () => {
    const outside = files.filter((f) => !f.startsWith('dist/') && !['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].includes(f));
    expect(outside).toEqual([]);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) expect(files).toContain(f);
  });

  it('names its licence, repository, homepage and issue tracker', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['license']).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg['repository']).toMatchObject({ type: 'git' });
    expect(typeof pkg['homepage']).toBe('string');
    expect(pkg['bugs']).toMatchObject({ url: expect.any(String) });
    expect(pkg['keywords']).toEqual(expect.arrayContaining(['ombudsman', 'kepatuhan', 'pelayanan publik', 'skm', 'pekppp', 'scoring', 'composite indicator']));
  });

  const code = quickStart();
  const promised = promisedLines(code);

  it('the README Quick start promises what it prints', () => {
    expect(promised.length).toBeGreaterThan(0);
  });

  it('the README Quick start type-checks under strict against the installed package', () => {
    const project = join(dir, 'scratch');
    writeFileSync(join(project, 'quickstart.ts'), code);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, module: 'nodenext', moduleResolution: 'nodenext',
          target: 'es2022', lib: ['es2022'], types: [], noEmit: true, skipLibCheck: false,
        },
        files: ['quickstart.ts', 'console.d.ts'],
      }),
    );
    writeFileSync(join(project, 'console.d.ts'), 'declare const console: { log(...data: unknown[]): void };\n');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module', dependencies: { kepatuhan: '*' } }));
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 60_000);

  it.each([
    ['ESM', ts.ModuleKind.ESNext, 'quickstart.mjs'],
    ['CJS', ts.ModuleKind.CommonJS, 'quickstart.cjs'],
  ] as const)('the README Quick start runs from the installed package in %s and prints what it promises', (_name, module, file) => {
    const js = ts.transpileModule(code, { compilerOptions: { module, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }).outputText;
    const path = join(dir, 'scratch', file);
    writeFileSync(path, js);
    const out = execFileSync(process.execPath, [path], { cwd: join(dir, 'scratch'), encoding: 'utf8' });
    expect(out.trimEnd().split('\n')).toEqual(promised);
  }, 60_000);
});
