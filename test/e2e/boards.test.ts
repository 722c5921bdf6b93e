// Every board in real Chromium: the project's saved page for each, served at the board's real URL
// by request routing, gets exactly one overlay per title, in order, from the shipped manifest's
// own URL patterns.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launch, overlays, readFixture, waitForOverlayCount, type Session } from '../../scripts/chromium-session';

const pages = readdirSync(join(FIXTURES, 'boards'))
  .filter((f) => f.endsWith('.expected.json') && !f.startsWith('generic-'))
  .map((f) => f.replace('.expected.json', ''));

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('boards in Chromium', () => {
  it.each(pages)('%s', async (name) => {
    const exp = JSON.parse(readFixture(`boards/${name}.expected.json`));
    await s.serve(exp.url, readFixture(`boards/${name}.html`));
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(exp.url);
    await waitForOverlayCount(page, exp.titles.length);
    expect((await overlays(page)).map((o) => o.title)).toEqual(exp.titles);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no request that a fixture did not answer', () => {
    expect(s.unrouted).toEqual([]);
  });
});
