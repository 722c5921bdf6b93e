// Page benchmark in real Chromium: the extension's main-thread cost on LinkedIn-style search pages
// of 25, 250 and 1,000 cards and on a batch of 25 cards added later (infinite scroll), against a
// floor measured in the same run: a minimal extension whose content script inserts one empty
// shadow-root host per title and nothing else. Costs are CDP TaskDuration (all main-thread work of
// the page, every world) minus the same page with no extension at all; medians of several runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR } from '../chromium-session';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const URL_BASE = 'https://www.linkedin.com/jobs/search/?keywords=bench';
const TITLES = ['Senior Software Engineer', 'Data Scientist II', 'Product Manager, Growth', 'Registered Nurse - ICU', 'Warehouse Associate', 'Staff ML Engineer', 'Account Executive', 'UX Designer', 'Sales Associate (Part-Time)', 'DevOps Engineer (Remote)', 'Chief Vibes Officer', 'Marketing Coordinator'];

function card(i: number): string {
  const t = TITLES[i % TITLES.length] + (i >= TITLES.length ? ` - Team ${i}` : '');
  return `<li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${i}"><a class="base-card__full-link" href="/jobs/view/${i}"><span class="sr-only">${t}</span></a><div class="base-search-card__info"><h3 class="base-search-card__title">${t}</h3><h4 class="base-search-card__subtitle">Company ${i}</h4><div class="base-search-card__metadata"><span class="job-search-card__location">City ${i}</span><time>${i % 7} days ago</time></div></div></div></li>`;
}
function pageHtml(n: number): string {
  const cards = Array.from({ length: n }, (_, i) => card(i)).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench | LinkedIn</title></head><body><ul class="jobs-search__results-list">${cards}</ul>
<script>window.__longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });
window.__addBatch = (from, count) => { const html = []; for (let i = from; i < from + count; i++) html.push(${JSON.stringify(card(0)).replace(/0/g, '${i}').replace(/^"/, '`').replace(/"$/, '`')}); document.querySelector('ul').insertAdjacentHTML('beforeend', html.join('')); };</script></body></html>`;
}

/** The floor: an MV3 extension that puts one empty shadow-root host after each title, once. */
function writeFloorExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [{ matches: ['https://*.linkedin.com/*'], js: ['floor.js'], run_at: 'document_idle' }] }));
  writeFileSync(join(dir, 'floor.js'), `(() => {
    const seen = new WeakSet();
    const mark = () => { for (const h of document.querySelectorAll('h3.base-search-card__title')) { if (seen.has(h)) continue; seen.add(h); const host = document.createElement('floor-host'); host.attachShadow({ mode: 'open' }); h.append(host); } };
    mark();
    new MutationObserver(() => requestAnimationFrame(mark)).observe(document.documentElement, { childList: true, subtree: true });
  })();`);
}

async function context(extDir: string | null): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'otiose-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extDir) args.unshift(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  ctx.on('close', () => rmSync(profile, { recursive: true, force: true }));
  await ctx.route(/^https?:\/\//, (r) => r.abort());
  if (extDir) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker').catch(() => null));
  return ctx;
}

async function taskMs(page: Page): Promise<{ task: number; heap: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  await cdp.detach();
  return { task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') / 1024 / 1024 };
}

const hostCount = (page: Page, tag: string) => page.evaluate((t) => document.querySelectorAll(t).length, tag);

interface Run {
  ms: number;
  heap: number;
  batch: number;
  longest: number;
}

async function run(ctx: BrowserContext, n: number, hostTag: string | null): Promise<Run> {
  await ctx.route(URL_BASE + '*', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: pageHtml(n) }));
  const page = await ctx.newPage();
  await page.goto(URL_BASE + `&n=${n}`);
  if (hostTag) await page.waitForFunction(([t, c]) => document.querySelectorAll(t as string).length >= (c as number), [hostTag, n] as const, { timeout: 60_000 });
  else await page.waitForTimeout(300);
  await page.waitForTimeout(200);
  const after = await taskMs(page);
  await page.evaluate(([from]) => (window as unknown as { __addBatch(a: number, b: number): void }).__addBatch(from!, 25), [n]);
  if (hostTag) await page.waitForFunction(([t, c]) => document.querySelectorAll(t as string).length >= (c as number), [hostTag, n + 25] as const);
  else await page.waitForTimeout(100);
  await page.waitForTimeout(100);
  const batch = await taskMs(page);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.close();
  return { ms: after.task, heap: after.heap, batch: batch.task - after.task, longest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchPage(repeats = 3) {
  const floorDir = mkdtempSync(join(tmpdir(), 'otiose-floor-'));
  writeFloorExtension(floorDir);
  const [none, floor, otiose] = [await context(null), await context(floorDir), await context(EXTENSION_DIR)];
  const figures: Record<string, number> = {};
  try {
    for (const n of [25, 250, 1000]) {
      const r = { none: [] as Run[], floor: [] as Run[], otiose: [] as Run[] };
      for (let i = 0; i < repeats; i++) {
        r.none.push(await run(none, n, null));
        r.floor.push(await run(floor, n, 'floor-host'));
        r.otiose.push(await run(otiose, n, '[data-otiose-host]'));
      }
      const cost = (k: 'floor' | 'otiose', f: (x: Run) => number) => median(r[k].map(f)) - median(r.none.map(f));
      figures[`ms_${n}`] = round(cost('otiose', (x) => x.ms));
      figures[`floor_ms_${n}`] = round(cost('floor', (x) => x.ms));
      figures[`ratio_${n}`] = round(figures[`ms_${n}`]! / Math.max(1, figures[`floor_ms_${n}`]!));
      if (n === 1000) {
        figures.batch25_ms = round(cost('otiose', (x) => x.batch));
        figures.floor_batch25_ms = round(cost('floor', (x) => x.batch));
        figures.longest_task_ms = round(Math.max(...r.otiose.map((x) => x.longest)));
        figures.heap_mb_1000 = round(cost('otiose', (x) => x.heap));
      }
    }
  } finally {
    await Promise.all([none.close(), floor.close(), otiose.close()]);
    rmSync(floorDir, { recursive: true, force: true });
  }
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'overlay.js'));
  figures.content_js_gz_kb = round(gzipSync(js).length / 1024);
  return figures;
}

const round = (n: number) => Math.round(n * 10) / 10;
