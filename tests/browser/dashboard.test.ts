/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dashboard example (examples/dashboard), built with Vite and driven in Debian's headless
 * Chromium through playwright-core: the rendered figures equal the library's results computed
 * here in Node from the same data, every control re-renders, the what-if panel follows the
 * answers, there are no console errors, and the page fits a phone-width screen. Screenshots
 * (phone and desktop width) are written to .artifacts/screenshots/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoFixture, type SeedResults, type SumutResult } from '../helpers/fixtures.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env['CI'] === 'true') throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run should install it`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

type K = typeof import('../../src/index.js');

interface Gov {
  id: string;
  name: string;
  province: string;
  year: number;
  type: string;
  units: number[];
  published: number | null;
}

/** The seed governments, read here independently of the page's own data module. */
function seedGovernments(): Gov[] {
  const seed = repoFixture<SeedResults>('seed-results.json');
  const sumut = repoFixture<{ results: SumutResult[] }>('sumut-2022.json').results;
  const typeOf = (name: string): string => (name.startsWith('Kota') ? 'kota' : name.startsWith('Provinsi') ? 'provinsi' : 'kabupaten');
  return [
    ...seed.regions.map((r) => ({ id: `${r.year}:${r.region}`, name: r.region, province: r.province, year: r.year, type: typeOf(r.region), units: r.units.map((u) => u.score), published: r.reported.score ?? null })),
    ...seed.provinceRankings.flatMap((p) => p.results.map((r) => ({ id: `${p.year}:${r.region}`, name: r.region, province: p.province, year: p.year, type: typeOf(r.region), units: [], published: r.score }))),
    ...sumut
      .filter((r) => r.type === 'kabupaten' || r.type === 'kota')
      .map((r) => ({ id: `${r.year}:${r.type}:${r.entity}`, name: `${r.type === 'kota' ? 'Kota' : 'Kabupaten'} ${r.entity}`, province: r.province, year: r.year, type: r.type, units: [], published: r.score })),
  ];
}

/** What each table row should show, computed with the library in Node. */
function expectedRows(k: K, govs: Gov[], year: number, scale: import('../../src/index.js').Scale, tie: import('../../src/index.js').TieRuleName): Record<string, string[]> {
  const inRound = govs.filter((g) => g.year === year);
  const score = new Map(inRound.map((g) => [g.id, g.units.length > 0 ? k.aggregate(g.units, { scale }).score : g.published!]));
  const prov = new Map(k.rank(inRound.filter((g) => g.type !== 'provinsi').map((g) => ({ id: g.id, score: score.get(g.id)!, group: g.province })), { tie }).map((r) => [r.id, `${r.rank} dari ${r.of}`]));
  const nat = new Map(k.rank(inRound.map((g) => ({ id: g.id, score: score.get(g.id)!, group: g.type })), { tie }).map((r) => [r.id, `${r.rank} dari ${r.of}`]));
  return Object.fromEntries(
    inRound.map((g) => {
      const s = score.get(g.id)!;
      const c = k.classify(s, scale);
      return [g.id, [g.name, k.formatScore(s, { locale: 'id' }), `${c.category} ${c.label}`, c.zone ?? '—', prov.get(g.id) ?? '—', nat.get(g.id)!]];
    }),
  );
}

describe.skipIf(!haveChromium)('the dashboard example in a real browser', () => {
  let server: Server;
  let base = '';
  let out = '';
  let browser: import('playwright-core').Browser;
  let k: K;
  const govs = seedGovernments();

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'kepatuhan-dashboard-'));
    const { build } = await import('vite');
    await build({ configFile: join(root, 'examples/dashboard/vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      const file = join(out, path === '/' ? 'index.html' : path.slice(1));
      if (path.includes('..') || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    k = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as K;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (out !== '') rmSync(out, { recursive: true, force: true });
  });

  async function open(viewport: { width: number; height: number }) {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, errors };
  }

  async function tableRows(page: import('playwright-core').Page): Promise<Record<string, string[]>> {
    return page.$$eval('#governments tbody tr', (trs) =>
      Object.fromEntries(trs.map((tr) => [(tr as HTMLElement).dataset['id'] ?? '', [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())])),
    );
  }

  it('shows every round under every scale and tie rule exactly as the library computes it, with no console errors', async () => {
    const { page, errors } = await open({ width: 1280, height: 900 });
    const scaleIds = ['ombudsman2022', 'ombudsman2025', 'ombudsman2013'] as const;
    const years = [...new Set(govs.map((g) => g.year))];
    let compared = 0;
    for (const year of years) {
      await page.selectOption('#round', String(year));
      for (const scaleId of scaleIds) {
        await page.selectOption('#scale', scaleId);
        for (const tie of k.TIE_RULE_NAMES) {
          await page.selectOption('#tie', tie);
          const shown = await tableRows(page);
          expect(shown, `${year} ${scaleId} ${tie}`).toEqual(expectedRows(k, govs, year, k.scales[scaleId], tie));
          compared += Object.keys(shown).length;
        }
      }
    }
    // Independent anchors: the published figures the page must show.
    await page.selectOption('#round', '2024');
    await page.selectOption('#scale', 'ombudsman2022');
    await page.selectOption('#tie', 'competition');
    const shown = await tableRows(page);
    expect(shown['2024:Kota Cilegon']?.slice(1, 4)).toEqual(['95,31', 'A Kualitas Tertinggi', 'hijau']);
    expect(shown['2024:Kabupaten Pandeglang']?.[1]).toBe('95,25');
    expect(compared).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws one bar per unit and one line per band threshold, and follows the government and scale controls', async () => {
    const { page, errors } = await open({ width: 1280, height: 900 });
    for (const g of govs.filter((x) => x.units.length > 0)) {
      await page.selectOption('#government', g.id);
      for (const scaleId of ['ombudsman2022', 'ombudsman2025', 'ombudsman2013'] as const) {
        await page.selectOption('#scale', scaleId);
        const scale = k.scales[scaleId];
        const bars = await page.$$eval('#chart rect[data-score]', (rs) => rs.map((r) => Number((r as SVGElement).dataset['score'])));
        expect(bars).toEqual(g.units);
        const lines = await page.$$eval('#chart line[data-threshold]', (ls) => ls.map((l) => Number((l as SVGElement).dataset['threshold'])));
        expect(lines.sort((a, b) => a - b)).toEqual(scale.bands.map((b) => b.min).filter((m) => m > scale.min).sort((a, b) => a - b));
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the what-if panel shows the score, band and cheapest path to the next band of the answers as they change', async () => {
    const { page, errors } = await open({ width: 1280, height: 900 });
    const m = k.presets.ombudsman2022;
    const ids = k.indicatorOrder(m);
    const answers: Record<string, number> = Object.fromEntries(await page.$$eval('#whatif-answers select', (ss) => ss.map((s) => [(s as HTMLSelectElement).dataset['indicator'] ?? '', Number((s as HTMLSelectElement).value)])));
    expect(Object.keys(answers).sort()).toEqual([...ids].sort());
    const check = async (): Promise<void> => {
      const unit = k.scoreUnit(m, answers);
      expect(await page.$eval('#whatif-result strong', (s) => s.textContent)).toBe(k.formatScore(unit.score, { locale: 'id' }));
      expect(await page.$eval('#whatif-result', (r) => (r as HTMLElement).dataset['category'])).toBe(unit.classification.category);
      const bands = [...m.scale.bands].sort((a, b) => a.min - b.min);
      const next = bands[bands.findIndex((b) => b.category === unit.classification.category) + 1];
      if (next === undefined) {
        expect(await page.$eval('#whatif-gap', (p) => p.textContent)).toBe('Already in the top band.');
        return;
      }
      const gap = k.gapToBand(m, unit, next.category);
      expect(await page.$eval('#whatif-gap', (p) => [(p as HTMLElement).dataset['target'], Number((p as HTMLElement).dataset['steps'])])).toEqual([next.category, gap.steps]);
      expect(await page.$$eval('#whatif-plan li', (lis) => lis.length)).toBe(gap.plan.length);
    };
    await check();
    // Lower three answers one after another, then raise everything to the best answer.
    for (const id of ids.slice(0, 3)) {
      answers[id] = 0;
      await page.selectOption(`#whatif-answers select[data-indicator="${id}"]`, '0');
      await check();
    }
    for (const id of ids) {
      if (answers[id] === 3) continue;
      answers[id] = 3;
      await page.selectOption(`#whatif-answers select[data-indicator="${id}"]`, '3');
    }
    await check();
    expect(await page.$eval('#whatif-result strong', (s) => s.textContent)).toBe('100,00');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits a phone-width screen and a desktop, and saves a screenshot of each', async () => {
    const dir = join(root, '.artifacts/screenshots');
    mkdirSync(dir, { recursive: true });
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const { page, errors } = await open(viewport);
      // Nothing but the table's own scroller may be wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: the page is wider than the screen`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(dir, `dashboard-${name}.png`), fullPage: name === 'desktop' });
      expect(existsSync(join(dir, `dashboard-${name}.png`))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
