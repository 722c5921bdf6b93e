// `npm run demo`: the built extension in Chromium on bundled LinkedIn-style pages, served at
// LinkedIn's real URLs without any network. With a display, the browser stays open for you to try;
// without one (a server, CI), it runs headless, writes screenshots to demo-output/ and prints
// what it found, title by title.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, overlays, readFixture, ROOT } from './chromium-session';
import { loadMatcher } from './load-matcher';

const PAGES = ['guest-search', 'guest-jobview', 'classic-search', 'sdui-jobview'];
const OUT = join(ROOT, 'demo-output');

const dossiers = loadMatcher();

async function main() {
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const session = await launch({ headless });
  const guest = JSON.parse(readFixture('linkedin/guest-search.expected.json'));
  await session.serve(guest.more.url.split('?')[0] + '**', readFixture('linkedin/guest-search-more.fragment.html'));
  mkdirSync(OUT, { recursive: true });
  let total = 0;
  let matched = 0;

  for (const name of PAGES) {
    const { url } = JSON.parse(readFixture(`linkedin/${name}.expected.json`));
    const page = await session.openFixture(url, `linkedin/${name}.html`);
    await page.waitForFunction(() => document.querySelectorAll('otiose-overlay').length > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    console.log(`\n${url}`);
    for (const o of await overlays(page)) {
      total++;
      if (!o.dossier) {
        console.log(`  ${o.title}\n      -> no dossier`);
        continue;
      }
      matched++;
      // The page's overlays carry the dossier id; its summary says the rest.
      const d = dossiers.byId(o.dossier);
      console.log(`  ${o.title}\n      -> ${o.level === 'family' ? 'closest family: ' : ''}${d?.title ?? o.dossier}  (flight risk ${d?.risk ?? '?'}%)`);
    }
    if (headless) {
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      const first = page.locator('otiose-overlay[data-dossier] button.chip').first();
      await first.click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(OUT, `${name}-card.png`) });
      await page.keyboard.press('Escape');
    }
  }

  const popup = await session.openPopup('https://www.linkedin.com/jobs/search/');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.getByRole('combobox').fill('staff machine');
  await popup.keyboard.press('Enter');
  if (headless) await popup.screenshot({ path: join(OUT, 'popup.png') });

  console.log(`\n${total} titles, ${matched} with a dossier.`);
  if (headless) {
    console.log(`Screenshots: ${OUT}`);
    await session.close();
  } else {
    console.log('Chromium is open with Otiose loaded. Close the browser window to end the demo.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
