import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with the browser page
import { scenario } from './scenario.js';

// Runs the built ESM bundle in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) and compares a scenario's results with Node's. .ci/run installs Chromium;
// elsewhere the suite is skipped, and says so, when no Chromium is found.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env['CI'] === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run should install it`);
if (!haveChromium) console.warn(`[browser tests skipped: no Chromium at ${CHROMIUM}]`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

describe.skipIf(!haveChromium)('the built package in a real browser', () => {
  let server: Server;
  let base = '';
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><meta charset="utf-8"><title>kepatuhan</title>');
        return;
      }
      // Serve only dist/ and this folder's scenario.
      const allowed = path.startsWith('/dist/') || path === '/tests/browser/scenario.js';
      const file = `${root}${path.slice(1)}`;
      if (!allowed || path.includes('..') || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('gives the same results as Node for the same scenario', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    // A string, so the test runner does not rewrite the dynamic imports.
    const inBrowser: unknown = await page.evaluate(`(async () => {
      const k = await import('/dist/index.js');
      const { scenario } = await import('/tests/browser/scenario.js');
      return scenario(k);
    })()`);
    // The built bundle, imported by URL so the type checker does not need dist/ to exist.
    const dist = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as typeof import('../../src/index.js');
    const inNode = scenario(dist);
    expect(inBrowser).toEqual(inNode);
    // Independent anchors, so equal-but-wrong cannot pass.
    expect(inNode.cilegon).toEqual({ score: 95.31, zone: 'hijau' });
    expect(inNode.ranked).toEqual([['a', 1], ['b', 1], ['c', 3]]); // 95.305 is shown as 95.31
    expect(inNode.study.runs).toHaveLength(12);
    expect(inNode.rounding).toEqual([88.01, 91.98, 4.5]);
    expect(inNode.formatted).toEqual(['95,31', '95.31']);
    expect(inNode.error).toMatchObject({ name: 'KepatuhanError', code: 'INVALID_NUMBER', isLibraryError: true });
    await page.close();
  }, 60_000);
});
