// Renders docs/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/<size>.png,
// which WXT puts in the manifest). Run once after changing the icon: npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './chromium-session';

const svg = readFileSync(join(ROOT, 'docs', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(ROOT, 'public', 'icon', `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/');
