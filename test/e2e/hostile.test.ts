// A hostile page in real Chromium: nothing it supplies runs, nothing reaches its console, and the
// overlay count stays right (one per title, no duplicates, no leftovers) whatever it does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

const URL = 'https://www.linkedin.com/jobs/search/?keywords=hostile';
let s: Session;
beforeAll(async () => {
  s = await launch();
  await s.serve('https://www.linkedin.com/jobs/search/**', readFixture('hostile/hostile.html'));
});
afterAll(async () => {
  await s?.close();
});

async function open(): Promise<{ page: Page; errors: string[]; count: number }> {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('dialog', (d) => {
    errors.push('dialog: ' + d.message());
    void d.dismiss();
  });
  await page.goto(URL);
  const count = await page.evaluate(() => (window as unknown as { hostile: { count: number } }).hostile.count);
  await waitForOverlayCount(page, count);
  return { page, errors, count };
}
const hostile = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(([f, a]) => (window as unknown as { hostile: Record<string, (...x: unknown[]) => void> }).hostile[f as string]!(...(a as unknown[])), [fn, args] as const);

describe('hostile page', () => {
  it('shows titles with markup as text and runs none of it', async () => {
    const { page, errors, count } = await open();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const titles = await page.$$eval('otiose-overlay', (els) => els.map((e) => e.getAttribute('data-title') ?? ''));
    expect(titles[0]).toBe('<img src=x onerror="window.pwned=1"> Data Engineer');
    // Inside the overlays: text only, none of the page's markup.
    expect(await page.locator('otiose-overlay img, otiose-overlay svg[onload], otiose-overlay script').count()).toBe(0);
    expect(await page.locator('otiose-overlay').nth(3).getAttribute('data-dossier')).toBe('data-engineer');
    expect(await page.locator('otiose-overlay').nth(9).getAttribute('data-dossier')).toBe('registered-nurse');
    // A 100 KB title is read, capped, and costs the page nothing visible.
    expect(titles[8]!.length).toBeLessThan(2000);
    // Every chip in view is drawn, the boxless title's too (its host is watched instead).
    await page.waitForFunction((n) => document.querySelectorAll('otiose-overlay[data-drawn]').length === n, count);
    expect(await page.locator('otiose-overlay').nth(10).getAttribute('data-dossier')).toBe('software-engineer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts back overlays the page deletes, without duplicates', async () => {
    const { page, errors, count } = await open();
    await hostile(page, 'deleteOverlays');
    await waitForOverlayCount(page, count);
    await hostile(page, 'deleteOverlays');
    await hostile(page, 'deleteOverlays');
    await waitForOverlayCount(page, count);
    expect(await page.locator('h3 otiose-overlay').count()).toBe(count);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps up with a page that rebuilds its list every 100 ms, and leaves no leftovers', async () => {
    const { page, errors, count } = await open();
    await hostile(page, 'startReplacing', 100);
    await page.waitForTimeout(2000);
    await hostile(page, 'stopReplacing');
    await waitForOverlayCount(page, count);
    // Exactly one per title element, each inside its own title.
    const perTitle = await page.$$eval('h3.base-search-card__title', (hs) => hs.map((h) => h.querySelectorAll('otiose-overlay').length));
    expect(perTitle).toEqual(Array(count).fill(1));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives a hundred pushState navigations', async () => {
    const { page, errors, count } = await open();
    await hostile(page, 'navigate', 100);
    await page.waitForTimeout(300);
    expect(await page.locator('otiose-overlay').count()).toBe(count);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not break, or get broken by, a page that defines its own <otiose-overlay>', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page claims the tag before the extension runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => (window as unknown as { hostile: { claimTag(): void } }).hostile.claimTag());
    });
    await page.goto(URL);
    await page.waitForTimeout(1000);
    const count = await page.evaluate(() => (window as unknown as { hostile: { count: number } }).hostile.count);
    // Every title still has exactly one Otiose overlay host, with its contract attributes, under a
    // tag the page does not own; the page's element constructor ran at most once (the probe).
    const perTitle = await page.$$eval('h3.base-search-card__title', (hs) => hs.map((h) => h.querySelectorAll('[data-otiose-host][data-title]').length));
    expect(perTitle).toEqual(Array(count).fill(1));
    expect(await page.evaluate(() => (window as unknown as { pageConstructed?: number }).pageConstructed ?? 0)).toBeLessThanOrEqual(1);
    expect(await page.locator('[data-otiose-host] .chip').count()).toBe(count);
    expect(errors).toEqual([]);
    await page.close();
  });
});
