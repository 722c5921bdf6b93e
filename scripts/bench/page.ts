// Page benchmark in real Chromium: the extension's main-thread cost on LinkedIn-style search pages
// of 25, 250 and 1,000 cards and on batches of 25 cards added later (infinite scroll), against a
// floor measured in the same run: a minimal extension whose content script inserts one empty
// shadow-root host per title and nothing else. Costs are CDP TaskDuration (all main-thread work of
// the page, every world) minus the same page with no extension at all; medians of several runs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

// The service worker's own `chrome`, inside worker.evaluate.
declare const chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } };
import { EXTENSION_DIR } from '../chromium-session';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const URL_BASE = 'https://www.linkedin.com/jobs/search/?keywords=bench';
const TITLES = ['Senior Software Engineer', 'Data Scientist II', 'Product Manager, Growth', 'Registered Nurse - ICU', 'Warehouse Associate', 'Staff ML Engineer', 'Account Executive', 'UX Designer', 'Sales Associate (Part-Time)', 'DevOps Engineer (Remote)', 'Chief Vibes Officer', 'Marketing Coordinator'];

function card(i: number): string {
  const t = TITLES[i % TITLES.length] + (i >= TITLES.length ? ` - Team ${i}` : '');
  return `<li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:${i}"><a class="base-card__full-link" href="/jobs/view/${i}"><span class="sr-only">${t}</span></a><div class="base-search-card__info"><h3 class="base-search-card__title">${t}</h3><h4 class="base-search-card__subtitle">Company ${i}</h4><div class="base-search-card__metadata"><span class="job-search-card__location">City ${i}</span><time>${i % 7} days ago</time></div></div></div></li>`;
}
/** An empty results list; the benchmark adds the cards itself, after the extension is ready, so
 *  only the work the cards cause is measured (the page's own share is measured without any
 *  extension and subtracted). */
function pageHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench | LinkedIn</title></head><body><ul class="jobs-search__results-list"></ul>
<script>window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
window.__addBatch = (from, count) => { const html = []; for (let i = from; i < from + count; i++) html.push(${JSON.stringify(card(0)).replace(/0/g, '${i}').replace(/^"/, '`').replace(/"$/, '`')}); document.querySelector('ul').insertAdjacentHTML('beforeend', html.join('')); return performance.now(); };</script></body></html>`;
}

/** The floor: an MV3 extension that puts one empty shadow-root host after each title, once. */
function writeFloorExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', content_scripts: [{ matches: ['https://*.linkedin.com/*'], js: ['floor.js'], run_at: 'document_idle' }] }));
  // Like Otiose it can be held back until the benchmark says go, so only its own work is timed.
  writeFileSync(join(dir, 'floor.js'), `(() => {
    const seen = new WeakSet();
    const mark = () => { for (const h of document.querySelectorAll('h3.base-search-card__title')) { if (seen.has(h)) continue; seen.add(h); const host = document.createElement('floor-host'); host.attachShadow({ mode: 'open' }); h.append(host); } };
    const start = () => { mark(); new MutationObserver(() => requestAnimationFrame(mark)).observe(document.documentElement, { childList: true, subtree: true }); };
    addEventListener('message', (e) => { if (e.data === 'floor-start') start(); });
  })();`);
}

async function context(extDir: string | null): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'otiose-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extDir) args.unshift(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  ctx.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true });
    } catch {
      // Chromium may still be writing its profile; a temp folder left behind is harmless
    }
  });
  await ctx.route(/^https?:\/\//, (r) => r.abort());
  await ctx.route(URL_BASE + '*', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: pageHtml() }));
  if (extDir === EXTENSION_DIR) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return ctx;
}

/** Main-thread time so far (CDP TaskDuration, every world of the page) and the JS heap after GC.
 *  The forced GC is itself main-thread work, heavier the more the extension holds: `task` is read
 *  before it and `resume` after it, so no timed window ever contains the benchmark's own GC.
 *  One CDP session per page: enabling the domain again would restart the counters. */
const sessions = new WeakMap<Page, CDPSession>();
async function taskMs(page: Page): Promise<{ task: number; resume: number; heap: number }> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    sessions.set(page, cdp);
  }
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') / 1024 / 1024 };
  };
  const before = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await read();
  return { task: before.task, resume: after.task, heap: after.heap };
}

const hostCount = (page: Page, tag: string) => page.evaluate((t) => document.querySelectorAll(t).length, tag);

interface Run {
  /** Main-thread milliseconds from adding the cards until every title is annotated and settled. */
  ms: number;
  /** The same for each batch of 25 cards added afterwards, one after another. */
  batches: number[];
  heap: number;
  /** Longest task that started after the page's own insertion finished. */
  longest: number;
}

const SETTLE_MS = 400;
const BATCHES = 8;

interface Kind {
  hostTag: string | null;
  /** Holds the extension back before the cards are added, and lets it go. */
  hold(page: Page): Promise<void>;
  release(page: Page): Promise<void>;
}

/** Waits SETTLE_MS at a time until every title has its host, and returns the main-thread reading
 *  taken before the last check. The page is not polled while the extension works (a query of a
 *  thousand-card page every frame would be the benchmark's own work, counted against the
 *  extension it waits for): the host count is checked after each reading, and only when it falls
 *  short does that check fall inside a timed window, which can only make the figure worse. The
 *  next window starts after the check (`resume`). */
async function settleUntil(page: Page, hostTag: string | null, count: number) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await page.waitForTimeout(SETTLE_MS);
    const reading = await taskMs(page);
    if (!hostTag) return reading;
    const have = await hostCount(page, hostTag);
    if (have >= count) return { ...reading, resume: (await taskMs(page)).resume };
    if (Date.now() > deadline) throw new Error(`${hostTag}: ${have} of ${count} hosts after 60 s`);
  }
}

const addBatch = (page: Page, from: number, count: number) =>
  page.evaluate(([f, c]) => (window as unknown as { __addBatch(a: number, b: number): number }).__addBatch(f!, c!), [from, count]);

/** One page: the cards are added while the extension is held back; then it is released and only
 *  its work until every title is annotated is timed. Then batches of 25 more, live, one by one. */
async function run(ctx: BrowserContext, n: number, kind: Kind, batchCount: number): Promise<Run> {
  await kind.hold(ctx.pages()[0] ?? (await ctx.newPage()));
  const page = await ctx.newPage();
  await page.goto(URL_BASE + `&n=${n}`);
  await page.waitForTimeout(SETTLE_MS); // the content script starts (held back)
  await taskMs(page);
  await addBatch(page, 0, n);
  await page.waitForTimeout(SETTLE_MS);
  const t0 = await taskMs(page);
  const releasedAt = await page.evaluate(() => performance.now());
  await kind.release(page);
  const t1 = await settleUntil(page, kind.hostTag, n);
  // Infinite scroll adds batch after batch: several per page make the small figure steadier.
  const batches: number[] = [];
  let before = t1;
  for (let b = 0; b < batchCount; b++) {
    await addBatch(page, n + 25 * b, 25);
    const after = await settleUntil(page, kind.hostTag, n + 25 * (b + 1));
    batches.push(after.task - before.resume);
    before = after;
  }
  const longest = await page.evaluate((t) => Math.max(0, ...(window as unknown as { __long: Array<[number, number]> }).__long.filter(([s]) => s >= t).map(([, d]) => d)), releasedAt);
  await page.close();
  return { ms: t1.task - t0.resume, batches, heap: t1.heap, longest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchPage(repeats = 5, sizes = [25, 250, 1000]) {
  const floorDir = mkdtempSync(join(tmpdir(), 'otiose-floor-'));
  writeFloorExtension(floorDir);
  const [none, floor, otiose] = [await context(null), await context(floorDir), await context(EXTENSION_DIR)];
  const worker = otiose.serviceWorkers()[0]!;
  const setPaused = (paused: boolean) => worker.evaluate((p) => chrome.storage.local.set({ 'otiose.paused': p }), paused);
  const kinds: Record<'none' | 'floor' | 'otiose', Kind> = {
    none: { hostTag: null, hold: async () => {}, release: async () => {} },
    floor: { hostTag: 'floor-host', hold: async () => {}, release: (p) => p.evaluate(() => postMessage('floor-start', '*')) },
    otiose: { hostTag: '[data-otiose-host]', hold: () => setPaused(true), release: () => setPaused(false) },
  };
  const figures: Record<string, number> = {};
  try {
    for (const n of sizes) {
      const r = { none: [] as Run[], floor: [] as Run[], otiose: [] as Run[] };
      for (let i = 0; i < repeats; i++) {
        r.none.push(await run(none, n, kinds.none, n === 1000 ? BATCHES : 0));
        r.floor.push(await run(floor, n, kinds.floor, n === 1000 ? BATCHES : 0));
        r.otiose.push(await run(otiose, n, kinds.otiose, n === 1000 ? BATCHES : 0));
      }
      // Released work is the extension's alone; batches and heap include the page's share, which
      // the run without any extension measures.
      const cost = (k: 'floor' | 'otiose', f: (x: Run) => number[]) => median(r[k].flatMap(f)) - median(r.none.flatMap(f));
      figures[`ms_${n}`] = round(median(r.otiose.map((x) => x.ms)));
      figures[`floor_ms_${n}`] = round(median(r.floor.map((x) => x.ms)));
      figures[`ratio_${n}`] = round(figures[`ms_${n}`]! / Math.max(1, figures[`floor_ms_${n}`]!));
      // OTIOSE_BENCH_DEBUG=1 prints every run's raw figures, to see the spread behind a median.
      if (process.env.OTIOSE_BENCH_DEBUG) console.error(n, JSON.stringify(r));
      if (n === 1000) {
        figures.batch25_ms = round(cost('otiose', (x) => x.batches));
        figures.floor_batch25_ms = round(cost('floor', (x) => x.batches));
        figures.longest_task_ms = round(Math.max(...r.otiose.map((x) => x.longest)));
        figures.heap_mb_1000 = round(cost('otiose', (x) => [x.heap]));
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
