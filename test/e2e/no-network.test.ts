// No network, ever: a whole session (board pages, overlays opened, a correction, the JD autopsy,
// the popup, the dossier and taxonomy pages) during which every request of every context is
// recorded. The only web requests allowed are the pages the test itself opens; the extension's
// own contexts (service worker, content scripts, popup, pages) may make none at all.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

let s: Session;
const requests: Array<{ url: string; from: string }> = [];
beforeAll(async () => {
  s = await launch();
  s.context.on('request', (r) => {
    const frame = (() => {
      try {
        return r.frame().url();
      } catch {
        return 'service worker';
      }
    })();
    requests.push({ url: r.url(), from: frame });
  });
});
afterAll(async () => {
  await s?.close();
});

describe('no network', () => {
  it('makes no request of its own during a full session', async () => {
    const opened = new Set<string>();
    const open = async (name: string) => {
      const exp = JSON.parse(readFixture(`${name}.expected.json`));
      opened.add(exp.url);
      const page = await s.openFixture(exp.url, `${name}.html`);
      await waitForOverlayCount(page, exp.titles.length);
      return page;
    };
    const search = await open('linkedin/guest-search');
    await search.locator('otiose-overlay[data-dossier] button.chip').first().click();
    await search.getByRole('button', { name: 'Wrong match?' }).first().click();
    await search.getByRole('searchbox').first().fill('nurse');
    await search.keyboard.press('Escape');
    const view = await open('linkedin/guest-jobview');
    await view.mouse.move(200, 300);
    await open('boards/indeed-viewjob');
    await open('boards/greenhouse-job');

    const popup = await s.openPopup(JSON.parse(readFixture('linkedin/guest-search.expected.json')).url);
    await popup.getByRole('combobox').fill('staff machine');
    await popup.keyboard.press('Enter');
    const dossier = await s.context.newPage();
    await dossier.goto(`chrome-extension://${s.extensionId}/dossier.html#registered-nurse`);
    await dossier.locator('h1').first().waitFor();
    const taxonomy = await s.context.newPage();
    await taxonomy.goto(`chrome-extension://${s.extensionId}/taxonomy.html`);
    await taxonomy.waitForLoadState('networkidle');

    const web = requests.filter((r) => /^https?:/.test(r.url));
    const extensionMade = web.filter((r) => r.from.startsWith('chrome-extension://') || r.from === 'service worker');
    expect(extensionMade).toEqual([]);
    // Every web request is a page the test opened (its navigation), nothing else.
    expect(web.filter((r) => !opened.has(r.url)).map((r) => r.url)).toEqual([]);
    expect(s.unrouted).toEqual([]);
    // The extension's own resources were read, locally.
    expect(requests.some((r) => r.url.startsWith('chrome-extension://') && r.url.endsWith('/data/index.json'))).toBe(true);
  });
});
