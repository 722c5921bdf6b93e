// The popup's health line in real Chromium: counts on a working page; on a board page whose
// selectors no longer match, a plain warning and diagnostics with no page text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});
const exp = JSON.parse(readFixture('linkedin/guest-search.expected.json'));

describe('popup health', () => {
  it('reports the adapter and counts for the current tab', async () => {
    const page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const popup = await s.openPopup('https://www.linkedin.com/jobs/search/', 'https://www.linkedin.com/jobs/search/*');
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(new RegExp(`LinkedIn: ${exp.titles.length} titles found, \\d+ matched`));
    await popup.close();
    await page.close();
  });

  it('says so when a known board page shows no titles, and copies diagnostics without page text', async () => {
    // The same page after an imagined redesign: every card and title class renamed, so neither
    // the selector nor its fallback finds anything.
    const redesigned = readFixture('linkedin/guest-search.html').replace(/base-search-card__title/g, 'job-card-heading-x9f2').replace(/base-search-card|job-search-card/g, 'card-x9f2');
    const url = 'https://www.linkedin.com/jobs/search/?keywords=Redesigned';
    await s.serve(url, redesigned);
    const page = await s.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    expect(await page.locator('otiose-overlay').count()).toBe(0);
    const popup = await s.openPopup('https://www.linkedin.com/jobs/search/', 'https://www.linkedin.com/jobs/search/*');
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('found no job titles');
    await popup.getByRole('button', { name: 'Copy diagnostics' }).click();
    const box = popup.getByRole('textbox', { name: /Diagnostics/ });
    await box.waitFor();
    const text = await box.inputValue();
    expect(text).toContain('path: /jobs/search/');
    expect(text).toContain('job-card-heading-x9f2');
    for (const t of exp.titles) expect(text).not.toContain(t);
    await popup.close();
    await page.close();
  });
});
