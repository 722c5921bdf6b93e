// The JD autopsy in real Chromium: phrases in the description are marked (CSS Custom Highlight
// API), their translation shows on hover, the details overlay carries the bullshit index, the
// board's DOM is byte-for-byte unchanged, and the popup switch clears it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('otiose-autopsy');
    return h ? [...h].map((r) => r.toString().toLowerCase()) : [];
  });

/** The description's markup as the board served it, parsed from the fixture itself. */
const servedMarkup = (page: Page, html: string, selector: string) =>
  page.evaluate(([h, sel]) => new DOMParser().parseFromString(h, 'text/html').querySelector(sel)!.innerHTML, [html, selector] as const);

async function checkPage(url: string, fixture: string, selector: string, mustFind: string[], titles: number) {
  const html = readFixture(fixture);
  await s.serve(url, html);
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitForOverlayCount(page, titles);
  await expect.poll(() => highlighted(page).then((h) => h.length)).toBeGreaterThanOrEqual(mustFind.length);
  const found = await highlighted(page);
  for (const phrase of mustFind) expect(found.some((f) => f.replace(/\s+/g, ' ') === phrase), phrase).toBe(true);
  // The board's own description is untouched, node for node and byte for byte.
  expect(await page.locator(selector).first().evaluate((el) => el.innerHTML)).toBe(await servedMarkup(page, html, selector));
  expect(errors).toEqual([]);
  return page;
}

describe('JD autopsy', () => {
  it('marks a LinkedIn job view, shows translations on hover, and scores the posting', async () => {
    const exp = JSON.parse(readFixture('linkedin/guest-jobview.expected.json'));
    const page = await checkPage(exp.url, 'linkedin/guest-jobview.html', '.show-more-less-html__markup', ['fast-paced environment', 'self-starter', 'wear many hats'], exp.titles.length);

    // Hover the first marked phrase: the tooltip shows its translation.
    const point = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('otiose-autopsy')!;
      const r = [...h][0]!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const tip = page.locator('otiose-autopsy-tip .tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toMatch(/Otiose translation/);

    // The job's own overlay carries the bullshit index.
    const heading = page.locator('h1.top-card-layout__title otiose-overlay');
    await expect.poll(() => heading.getAttribute('data-bullshit')).toBe('');
    await heading.locator('button.chip').click();
    expect(await heading.locator('[role="dialog"]').textContent()).toMatch(/Bullshit index of this posting/);
    await page.keyboard.press('Escape');

    // The popup's switch clears the marks at once, and brings them back.
    const popup = await s.openPopup(exp.url);
    const toggle = popup.getByRole('switch', { name: 'Translate buzzwords in job descriptions' });
    await toggle.click();
    await expect.poll(() => highlighted(page).then((h) => h.length)).toBe(0);
    await toggle.click();
    await expect.poll(() => highlighted(page).then((h) => h.length)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('marks a Greenhouse job page without changing its text', async () => {
    const exp = JSON.parse(readFixture('autopsy/greenhouse-jd.expected.json'));
    const page = await checkPage(exp.url, 'autopsy/greenhouse-jd.html', exp.description, exp.mustFind, 1);
    await page.close();
  });
});
