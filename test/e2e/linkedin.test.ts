// LinkedIn end to end: the production build in real Chromium, on the project's own LinkedIn-like
// pages served at LinkedIn's real URLs. Every title gets exactly one overlay, and only titles do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, overlays, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

const expected = (name: string) => JSON.parse(readFixture(`linkedin/${name}.expected.json`));

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('LinkedIn public search', () => {
  it('puts one overlay on every card title, and more on the cards infinite scroll adds', async () => {
    const exp = expected('guest-search');
    await s.serve(exp.more.url.split('?')[0] + '**', readFixture('linkedin/guest-search-more.fragment.html'));
    const page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const first = await overlays(page);
    expect(first.map((o) => o.title)).toEqual(exp.titles);
    // Each overlay sits in its card's <h3>, never in the hidden duplicate inside the card link.
    expect(await page.locator('.sr-only otiose-overlay').count()).toBe(0);
    expect(await page.locator('h3.base-search-card__title otiose-overlay').count()).toBe(exp.titles.length);
    const staff = first.find((o) => o.title.startsWith('Staff Machine Learning Engineer'));
    expect(staff?.dossier).toBe('staff-machine-learning-engineer');

    await page.click('button[aria-label="See more jobs"]');
    await waitForOverlayCount(page, exp.titles.length + exp.more.titles.length);
    expect((await overlays(page)).map((o) => o.title)).toEqual([...exp.titles, ...exp.more.titles]);
    await page.close();
  });

  it('opens the chip into a card, closes it with Escape, and opens the full dossier', async () => {
    const exp = expected('guest-search');
    const page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const host = page.locator('otiose-overlay[data-dossier="staff-machine-learning-engineer"]').first();
    const chip = host.locator('button.chip');
    await expect.poll(() => chip.getAttribute('aria-expanded')).toBe('false');
    await chip.click();
    const card = host.locator('[role="dialog"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('85%');
    expect(await card.textContent()).toContain('SATIRE');
    expect(page.url()).toBe(exp.url); // the click did not follow the card's link
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // Keyboard: focus the chip, open with Enter, follow "Open the full dossier".
    await chip.focus();
    await page.keyboard.press('Enter');
    await card.waitFor();
    const [dossierTab] = await Promise.all([s.context.waitForEvent('page'), host.locator('button.open').click()]);
    await dossierTab.waitForLoadState();
    expect(dossierTab.url()).toBe(`chrome-extension://${s.extensionId}/dossier.html#staff-machine-learning-engineer`);
    await dossierTab.locator('h1#dossier-title').waitFor();
    expect(await dossierTab.locator('h1#dossier-title').textContent()).toBe('Staff Machine Learning Engineer');
    expect(await dossierTab.locator('section[aria-labelledby] > h2').count()).toBe(11);
    await dossierTab.close();
    await page.close();
  });
});

describe('LinkedIn public job view', () => {
  it('annotates the top card title once (JSON-LD names the same heading) and the similar jobs', async () => {
    const exp = expected('guest-jobview');
    const page = await s.openFixture(exp.url, 'linkedin/guest-jobview.html');
    await waitForOverlayCount(page, exp.titles.length);
    expect((await overlays(page)).map((o) => o.title)).toEqual(exp.titles);
    expect(await page.locator('h1.top-card-layout__title otiose-overlay').count()).toBe(1);
    await page.close();
  });
});

describe('LinkedIn signed-in, classic layout', () => {
  it('follows the virtualised list and the reused details pane', async () => {
    const exp = expected('classic-search');
    const page = await s.openFixture(exp.url, 'linkedin/classic-search.html');
    // The cards rendered so far (the rest are empty placeholders) plus the details pane.
    await page.waitForFunction(() => document.querySelectorAll('[data-job-id]').length > 0);
    const rendered = await page.locator('[data-job-id]').count();
    expect(rendered).toBeLessThan(exp.titles.length);
    await waitForOverlayCount(page, rendered + 1);
    const details = page.locator('.job-details-jobs-unified-top-card__job-title otiose-overlay');
    expect(await details.getAttribute('data-title')).toBe(exp.details);
    // Titles are read from the visible copy, never with the hidden " with verification".
    for (const o of await overlays(page)) expect(o.title).not.toMatch(/verification/);

    // Scrolling renders the rest of the list; each card gets its overlay.
    await page.locator('.scaffold-layout__list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(200);
    await page.locator('.scaffold-layout__list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await waitForOverlayCount(page, exp.titles.length + 1);
    const listTitles = await page.$$eval('[data-job-id] otiose-overlay', (els) => els.map((e) => e.getAttribute('data-title')));
    expect(listTitles).toEqual(exp.titles);

    // Clicking another card swaps the details pane's text in place: its overlay follows.
    const third = exp.titles[2];
    await page.locator(`[data-job-id] a[aria-label^="${third}"]`).click();
    await expect.poll(() => details.getAttribute('data-title')).toBe(third);
    expect(await page.locator('otiose-overlay').count()).toBe(exp.titles.length + 1);
    expect(page.url()).toContain('currentJobId=4300000002');
    await page.close();
  });
});

describe('LinkedIn signed-in, new UI', () => {
  it('finds the title through data attributes and ARIA, not hashed classes', async () => {
    const exp = expected('sdui-jobview');
    const page = await s.openFixture(exp.url, 'linkedin/sdui-jobview.html');
    await waitForOverlayCount(page, exp.titles.length);
    expect((await overlays(page)).map((o) => o.title)).toEqual(exp.titles);
    // The alert module repeats the title with a place: it is not a second job.
    expect(await page.locator('[data-sdui-component$="jobAlertToggle"] otiose-overlay').count()).toBe(0);
    await page.close();
  });
});

describe('popup', () => {
  it('switches overlays off and on for the site, live, and pauses everywhere', async () => {
    const exp = expected('guest-search');
    const page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const popup = await s.openPopup('https://www.linkedin.com/jobs/search/');
    const siteSwitch = popup.getByRole('switch', { name: 'Overlays on linkedin.com' });
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await waitForOverlayCount(page, 0);
    await siteSwitch.click();
    await waitForOverlayCount(page, exp.titles.length);

    const pause = popup.getByRole('switch', { name: 'Pause Otiose everywhere' });
    await pause.click();
    await waitForOverlayCount(page, 0);
    await pause.click();
    await waitForOverlayCount(page, exp.titles.length);
    await popup.close();
    await page.close();
  });

  it('finds a role as you type, with arrow keys and Enter', async () => {
    const popup = await s.openPopup('https://www.linkedin.com/jobs/search/');
    const box = popup.getByRole('combobox', { name: 'Search roles' });
    await box.fill('staff machine');
    await popup.getByRole('option').first().waitFor();
    expect(await popup.getByRole('option').first().textContent()).toContain('Staff Machine Learning Engineer');
    await box.press('Enter');
    const summary = popup.getByRole('region', { name: /Dossier summary: Staff Machine Learning Engineer/ });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('85%');
    await popup.close();
  });
});

describe('no network', () => {
  it('made no request that a fixture did not answer', () => {
    expect(s.unrouted).toEqual([]);
  });
});
