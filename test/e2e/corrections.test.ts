// "Wrong match?" end to end: a correction made in an overlay re-files the title at once, on every
// site, survives a browser restart, and is undone from the popup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, readFixture, waitForOverlayCount } from '../../scripts/chromium-session';

const profile = mkdtempSync(join(tmpdir(), 'otiose-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));
const exp = JSON.parse(readFixture('linkedin/guest-search.expected.json'));
const TITLE = 'Data Scientist II';

describe('corrections', () => {
  it('re-files a title from the overlay, keeps it across a restart, and undoes it from the popup', async () => {
    let s = await launch({ userDataDir: profile });
    let page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const host = () => page.locator(`otiose-overlay[data-title="${TITLE}"]`);
    expect(await host().getAttribute('data-dossier')).toBe('data-scientist');

    await host().locator('button.chip').click();
    await host().getByRole('button', { name: 'Wrong match?' }).click();
    await host().getByRole('searchbox').fill('recruit');
    await host().getByRole('button', { name: 'Recruiter', exact: true }).click();
    await expect.poll(() => host().getAttribute('data-dossier')).toBe('recruiter');
    // The same title elsewhere on the page follows too; others do not change.
    expect(await page.locator('otiose-overlay[data-title="Data Engineer - Hybrid"]').getAttribute('data-dossier')).toBe('data-engineer');
    await s.close();

    // A new browser on the same profile: the correction is still there.
    s = await launch({ userDataDir: profile });
    page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    await expect.poll(() => host().getAttribute('data-dossier')).toBe('recruiter');
    const card = host().locator('[role="dialog"]');
    await host().locator('button.chip').click();
    expect(await card.textContent()).toContain('Filed here by you');
    await page.keyboard.press('Escape');

    const popup = await s.openPopup('https://www.linkedin.com/jobs/search/');
    await popup.getByRole('button', { name: `Undo the correction for ${TITLE}` }).click();
    await expect.poll(() => host().getAttribute('data-dossier')).toBe('data-scientist');
    expect(s.unrouted).toEqual([]);
    await s.close();
  });
});
