// The real captures of the boards (../shared/fixtures/real-pages, not part of this repository) in
// real Chromium with the built extension, each served at its board's URL: every title the page
// shows gets its overlay, and every overlay whose title is on or near the first screen (within the
// near-viewport observer's 1000px margin, less a little) has drawn its chip: the observer watches
// the page's own title elements. When ../shared is absent,
// this says so and the tests do not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/chromium-session';
import { REAL_PAGE_URLS, REAL_PAGES, SHARED_FIXTURES, realPageFiles, realPagesPresent, shownTitleCounts } from '../sites/real-pages';

if (!realPagesPresent) console.warn(`[real pages] ${SHARED_FIXTURES} is absent: the real-page tests in Chromium are NOT run.`);
const exceptions: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'sites', 'known-exceptions.json'), 'utf8'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let s: Session;
beforeAll(async () => {
  if (realPagesPresent) s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe.skipIf(!realPagesPresent)('real captured pages in Chromium (../shared)', () => {
  it.each(realPageFiles.filter((f) => !exceptions[f]))('%s', async (file) => {
    const url = REAL_PAGE_URLS[file]!;
    await s.serve(new RegExp(`^${escape(url)}$`), readFileSync(join(REAL_PAGES, file), 'utf8'));
    const page = await s.context.newPage();
    await page.goto(url);
    const want = [...shownTitleCounts(file)];
    expect(want.length).toBeGreaterThan(0);
    await page
      .waitForFunction(
        (rows) => {
          const have = new Map<string, number>();
          for (const o of document.querySelectorAll('[data-otiose-host]')) {
            const t = o.getAttribute('data-title') ?? '';
            have.set(t, (have.get(t) ?? 0) + 1);
          }
          return rows.every(([t, n]) => have.get(t) === n);
        },
        want,
        { timeout: 10_000 },
      )
      .catch(async () => {
        const got = await page.$$eval('[data-otiose-host]', (els) => els.map((e) => e.getAttribute('data-title')));
        throw new Error(`${file}: expected ${JSON.stringify(want)}, overlays say ${JSON.stringify(got)}`);
      });
    // Near the first screen, every overlay is drawn: its chip is in its shadow root.
    const nearFirstScreen = () =>
      page.$$eval('[data-otiose-host]', (els) =>
        els
          .filter((h) => {
            const r = h.parentElement!.getBoundingClientRect();
            return r.height > 0 && r.bottom > 0 && r.top < innerHeight + 900;
          })
          .map((h) => ({ title: h.getAttribute('data-title'), drawn: h.hasAttribute('data-drawn') && !!h.shadowRoot?.querySelector('.chip') })),
      );
    await expect.poll(async () => (await nearFirstScreen()).filter((x) => !x.drawn), { timeout: 5_000 }).toEqual([]);
    expect((await nearFirstScreen()).length, `${file}: no title near the first screen`).toBeGreaterThan(0);
    await page.close();
  });
});
