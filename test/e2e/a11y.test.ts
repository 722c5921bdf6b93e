// Accessibility of the two surfaces a user meets on every board page: the popup and an open
// overlay card (inside its shadow root), in light and dark, with axe-core. (The dossier and
// taxonomy pages are checked in dossier-page.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';
import { seriousViolations } from './axe';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});
const exp = JSON.parse(readFixture('linkedin/guest-search.expected.json'));

describe('accessibility', () => {
  it('the popup, with a search and a dossier summary open, has no serious or critical violation', async () => {
    const popup = await s.openPopup(exp.url);
    await popup.getByRole('combobox').fill('data');
    await popup.getByRole('option').first().waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.keyboard.press('Enter');
    await popup.getByRole('region', { name: /Dossier summary/ }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup), scheme).toEqual([]);
    }
    await popup.close();
  });

  it('an open overlay card has no serious or critical violation', async () => {
    const page = await s.openFixture(exp.url, 'linkedin/guest-search.html');
    await waitForOverlayCount(page, exp.titles.length);
    const host = 'otiose-overlay[data-dossier="staff-machine-learning-engineer"]';
    await page.locator(`${host} button.chip`).first().click();
    await page.locator(`${host} [role="dialog"]`).first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page, [host, '.card']), scheme).toEqual([]);
      expect(await seriousViolations(page, [host, '.chip']), scheme).toEqual([]);
    }
    await page.close();
  });
});
