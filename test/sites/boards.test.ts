// Every board's adapter against the project's own saved pages (test/fixtures/boards), each with its
// expected titles beside it: every title gets exactly one overlay, in order, and nothing else does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/sites/registry';
import { loadPage, scanPage } from './scan-fixture';

const dir = join(import.meta.dirname, '..', 'fixtures', 'boards');
const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', '')) : [];
let stop = () => {};
afterEach(() => stop());

describe('saved board pages', () => {
  it('exist for every board', () => {
    const boards = new Set(pages.map((p) => adapterFor(new URL(JSON.parse(readFileSync(join(dir, `${p}.expected.json`), 'utf8')).url))?.id ?? 'generic'));
    for (const b of ['indeed', 'glassdoor', 'greenhouse', 'lever', 'workday', 'ashby', 'wellfound', 'workable', 'smartrecruiters', 'generic']) expect(boards, b).toContain(b);
  });

  it.each(pages)('%s: one overlay per title, in order', (name) => {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    loadPage(readFileSync(join(dir, `${name}.html`), 'utf8'));
    const scan = scanPage(exp.url);
    stop = scan.stop;
    expect(scan.annotated.map((a) => a.title)).toEqual(exp.titles);
    expect(scan.rescan()).toEqual(scan.annotated);
  });
});
