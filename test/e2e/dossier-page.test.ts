// The dossier page and the taxonomy in real Chromium, from the production build: the eleven
// sections and their pictures, following a related specimen, the taxonomy's filter, search and
// sort, the share card's PNG, and axe-core's accessibility check in light and dark.
import { mkdirSync, readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, SEED_ID } from '../../lib/dataset/load';
import { ROOT, launch, type Session } from '../../scripts/chromium-session';
import { loadMatcher } from '../../scripts/load-matcher';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const dossiers = loadDataset();
const byId = new Map(dossiers.map((d) => [d.id, d]));
const matcher = loadMatcher();

let s: Session;
let page: Page;
const url = (path: string) => `chrome-extension://${s.extensionId}/${path}`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  s = await launch();
  page = await s.context.newPage();
});
afterAll(async () => {
  await s?.close();
});

async function inBothSchemes(p: Page, check: (scheme: 'light' | 'dark') => Promise<void>) {
  for (const scheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme: scheme });
    await check(scheme);
  }
  await p.emulateMedia({ colorScheme: 'light' });
}

describe('the dossier page', () => {
  it('opens fast with all eleven sections, each a labelled landmark, in the seed order', async () => {
    const started = Date.now();
    await page.goto(url(`dossier.html#${SEED_ID}`));
    await page.locator('h1#dossier-title').waitFor();
    const openedIn = Date.now() - started;
    console.log(`dossier page: first render ${openedIn} ms after navigation`);
    expect(openedIn).toBeLessThan(3000);
    expect(await page.locator('h1#dossier-title').textContent()).toBe('Staff Machine Learning Engineer');
    expect(await page.title()).toBe('Staff Machine Learning Engineer: Otiose dossier');
    const sections = await page.$$eval('main section[aria-labelledby]', (els) =>
      els.map((el) => {
        const heading = document.getElementById(el.getAttribute('aria-labelledby')!);
        return { heading: heading?.tagName, parent: heading?.parentElement === el, text: heading?.textContent };
      }),
    );
    expect(sections).toHaveLength(11);
    expect(sections.map((x) => x.text!.slice(0, 4))).toEqual(['[01]', '[02]', '[03]', '[04]', '[05]', '[06]', '[07]', '[08]', '[09]', '[10]', '[11]']);
    for (const x of sections) expect(x).toMatchObject({ heading: 'H2', parent: true });
    expect(await page.getByRole('region').count()).toBe(11);
  });

  it('draws the pictures as labelled SVG, each at a visible size', async () => {
    const pictures = {
      '#org-chart svg.org-wide': /^Org chart for Staff Machine Learning Engineer\. Above: Director of Machine Learning/,
      '#salary .only-wide svg.salary-strip': /^Salary ≈ \$190,980 against \d+ dossiers ranging from/,
      '#flight-risk svg.gauge': /^Flight risk gauge: 85 out of 100, HIGH risk\.$/,
      '#day-in-the-life .only-wide svg.day-timeline': /^Day timeline, 3 entries: 10:00 to 11:00, Architectural Review Board Meeting/,
      '#related svg.match-ring >> nth=0': /^System match 98%$/,
    };
    for (const [selector, label] of Object.entries(pictures)) {
      const svg = page.locator(selector);
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.getAttribute('aria-label')).toMatch(label);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
      expect(box.height).toBeGreaterThan(40);
    }
    expect(await page.locator('svg:not([role="img"])').count()).toBe(0);
    expect(await page.locator('svg[role="img"]:not([aria-label])').count()).toBe(0);
    // One picture of each kind is exposed: the narrow copies are hidden on a wide screen.
    expect(await page.getByRole('img').count()).toBe(4 + byId.get(SEED_ID)!.related.length);
  });

  it('draws the narrow copies on a phone-sized screen, with nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('svg.org-tall').isVisible()).toBe(true);
    expect(await page.locator('svg.org-wide').isVisible()).toBe(false);
    expect(await page.getByRole('img').count()).toBe(4 + byId.get(SEED_ID)!.related.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Labels stay readable: the org chart's text is drawn at 11px or more on screen.
    const smallest = await page.$$eval('svg.org-tall .org-box text', (ts) => Math.min(...ts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.closest('svg')!.getBoundingClientRect().width / 360))));
    expect(smallest).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: join(SHOTS, 'dossier-page-narrow.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('passes axe-core with no serious or critical violations, light and dark, and saves screenshots', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await inBothSchemes(page, async (scheme) => {
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, scheme === 'light' ? 'dossier-page.png' : 'dossier-page-dark.png'), fullPage: true });
    });
    // The head of the page down to the flight-risk gauge: the picture docs/dossier-page.png is copied from.
    const bottom = await page.locator('#flight-risk').evaluate((el) => el.getBoundingClientRect().bottom + scrollY + 24);
    await page.screenshot({ path: join(SHOTS, 'dossier-page-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) } });
  });

  it('moves only for people who have not asked for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.locator('svg.gauge').waitFor();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.reload();
    await page.locator('svg.gauge').waitFor();
    expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  it('has a print stylesheet that drops the page controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Save as image' }).isVisible()).toBe(false);
    expect(await page.locator('svg.org-wide').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('follows a related specimen in place: the hash and the title change, focus goes to the title', async () => {
    const first = page.locator('#related a').first();
    const target = byId.get(byId.get(SEED_ID)!.related[0]!.id)!;
    expect(await first.getAttribute('href')).toBe(`#${target.id}`);
    await first.click();
    await expect.poll(() => page.locator('h1#dossier-title').textContent()).toBe(target.title);
    expect(new URL(page.url()).hash).toBe(`#${target.id}`);
    expect(await page.title()).toBe(`${target.title}: Otiose dossier`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dossier-title');
    expect(await page.locator('main section[aria-labelledby]').count()).toBe(11);
    // Back goes back to the seed, as any link would.
    await page.goBack();
    await expect.poll(() => page.locator('h1#dossier-title').textContent()).toBe('Staff Machine Learning Engineer');
  });

  it('"Save as image" downloads a PNG of the share card, made in the page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as image' }).click()]);
    expect(download.suggestedFilename()).toBe(`otiose-${SEED_ID}.png`);
    expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
    const file = readFileSync((await download.path())!);
    expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: 1200 x 630, the size link previews use.
    expect(file.readUInt32BE(16)).toBe(1200);
    expect(file.readUInt32BE(20)).toBe(630);
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Saved otiose-${SEED_ID}.png`);
  });

  it('says plainly when no dossier is filed under the id', async () => {
    await page.goto(url('dossier.html#no-such-role'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('No dossier on file');
    await page.goto(url(`dossier.html#${SEED_ID}`));
    await page.locator('h1#dossier-title').waitFor();
  });
});

describe('the taxonomy page', () => {
  const rows = (p: Page) => p.locator('tbody tr');
  const attr = (p: Page, name: string) => p.$$eval('tbody tr', (trs, n) => trs.map((tr) => tr.getAttribute(n)!), name);

  it('opens from the dossier page header and lists every dossier', async () => {
    await page.getByRole('link', { name: 'View full taxonomy' }).click();
    await page.waitForURL(url('taxonomy.html'));
    await expect.poll(() => rows(page).count()).toBe(dossiers.length);
    expect(await page.title()).toBe('The taxonomy: Otiose');
  });

  it('filters by family and searches with the matcher', async () => {
    await page.getByRole('combobox', { name: 'Family' }).selectOption('15');
    const family = dossiers.filter((d) => d.family === '15');
    await expect.poll(() => rows(page).count()).toBe(family.length);
    expect(new Set(await attr(page, 'data-family'))).toEqual(new Set(['15']));
    expect(page.url()).toBe(url('taxonomy.html?family=15'));

    await page.getByRole('searchbox', { name: 'Search roles' }).fill('machine learning');
    const expected = matcher
      .search('machine learning', matcher.dossiers.length)
      .filter((d) => d.family === '15')
      .map((d) => d.id);
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => attr(page, 'data-id')).toEqual(expected);
    expect(expected).toContain(SEED_ID);
  });

  it('sorts by flight risk, highest first, then lowest', async () => {
    const risk = page.getByRole('button', { name: /Flight risk/ });
    await risk.click();
    const before = await attr(page, 'data-id');
    const desc = (await attr(page, 'data-risk')).map(Number);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Flight risk');
    await risk.click();
    const asc = (await attr(page, 'data-risk')).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(new Set(await attr(page, 'data-id'))).toEqual(new Set(before)); // same rows, other order
    expect(page.url()).toContain('sort=risk-asc');
  });

  it('keeps its filters across a reload', async () => {
    await page.reload();
    await rows(page).first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Family' }).inputValue()).toBe('15');
    expect(await page.getByRole('searchbox', { name: 'Search roles' }).inputValue()).toBe('machine learning');
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Flight risk');
  });

  it('passes axe-core with no serious or critical violations, light and dark, and saves screenshots', async () => {
    // The whole list, the heaviest view, for the check and the pictures.
    await page.goto(url('taxonomy.html'));
    await expect.poll(() => rows(page).count()).toBe(dossiers.length);
    await inBothSchemes(page, async (scheme) => {
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, scheme === 'light' ? 'taxonomy-page.png' : 'taxonomy-page-dark.png') });
    });
  });

  it('links each entry to its dossier', async () => {
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('staff machine learning');
    await page.getByRole('link', { name: 'Staff Machine Learning Engineer' }).click();
    await page.waitForURL(url(`dossier.html#${SEED_ID}`));
    await expect.poll(() => page.locator('h1#dossier-title').textContent()).toBe('Staff Machine Learning Engineer');
  });
});

describe('no network', () => {
  it('made no request at all: the pages and the image stay on the machine', () => {
    expect(s.unrouted).toEqual([]);
  });
});
