// Conformance against real captures of the boards in ../shared/fixtures/real-pages (not part of
// this repository). Every expected title must get exactly one overlay. Known exceptions are listed,
// with their reason, in test/sites/known-exceptions.json. When ../shared is absent, this says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobPostingTitles } from '../../lib/sites/jsonld';
import { REAL_PAGE_URLS, REAL_PAGES, SHARED_FIXTURES, realPageFiles, realPagesPresent as present, shownTitleCounts } from './real-pages';
import { loadPage, scanPage } from './scan-fixture';

if (!present) console.warn(`[conformance] ${SHARED_FIXTURES} is absent: the real-page conformance tests are NOT run.`);
const exceptions: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, 'known-exceptions.json'), 'utf8'));

let stop = () => {};
afterEach(() => stop());

describe.skipIf(!present)('real captured pages (../shared)', () => {
  it.each(realPageFiles)('%s', (file) => {
    if (exceptions[file]) return expect(exceptions[file]).toMatch(/\S{10,}/); // listed, with a reason
    loadPage(readFileSync(join(REAL_PAGES, file), 'utf8'));
    const scan = scanPage(REAL_PAGE_URLS[file]!);
    stop = scan.stop;
    const found = scan.annotated.map((a) => a.title);
    for (const [title, want] of shownTitleCounts(file)) {
      expect(found.filter((t) => t === title).length, `${file}: "${title}"`).toBe(want);
    }
  });
});

describe.skipIf(!present)('real JSON-LD blocks (../shared)', () => {
  const expectedTitles: Record<string, string | null> = {
    'ashby-jobposting-1.json': 'Security Engineer, Cloud', // the block's title begins with a space
    'indeed-viewjob-jobposting-1.json': 'Senior DevOps Engineer',
    'lever-jobposting-1.json': 'Android Engineer - Experience',
    'linkedin-guest-jobposting-1.json': 'Senior Software Engineer, Frontend',
    'linkedin-guest-breadcrumblist-1.json': null,
  };
  it.each(Object.entries(expectedTitles))('%s -> %s', (file, title) => {
    const json = readFileSync(join(SHARED_FIXTURES, 'jsonld', file), 'utf8');
    document.body.innerHTML = '';
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    document.body.append(script);
    expect(jobPostingTitles(document)).toEqual(title ? [title] : []);
  });
});
