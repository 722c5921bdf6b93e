// Conformance against real captures of the boards in ../shared/fixtures/real-pages (not part of
// this repository). Every expected title must get exactly one overlay. Known exceptions are listed,
// with their reason, in test/sites/known-exceptions.json. When ../shared is absent, this says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobPostingTitles } from '../../lib/sites/jsonld';
import { loadPage, scanPage } from './scan-fixture';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const present = existsSync(join(SHARED, 'real-pages', 'EXPECTED_TITLES.tsv'));
if (!present) console.warn(`[conformance] ${SHARED} is absent: the real-page conformance tests are NOT run.`);

/** Where each capture was served from: the scanner picks its adapter by URL. */
const URLS: Record<string, string> = {
  'linkedin-guest-searchcards-1.html': 'https://au.linkedin.com/jobs/search?keywords=Quality%20Manager',
  'linkedin-guest-jobview-1.html': 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-1/',
  'linkedin-loggedin-sdui-jobview-2026-EXCERPT.html': 'https://www.linkedin.com/jobs/view/4459009206/',
  'indeed-viewjob-1.html': 'https://www.indeed.com/viewjob?jk=1',
  'greenhouse-jobboards-jobview-1.html': 'https://job-boards.greenhouse.io/example/jobs/1',
  'lever-apply-1.html': 'https://jobs.lever.co/example/1/apply',
  'workday-jobview-1.html': 'https://example.wd1.myworkdayjobs.com/en-US/careers/job/1',
  'ashby-apply-1.html': 'https://jobs.ashbyhq.com/example/1/application',
};
const exceptions: Record<string, string> = JSON.parse(readFileSync(join(import.meta.dirname, 'known-exceptions.json'), 'utf8'));

interface Row { file: string; selector: string; title: string }
const rows: Row[] = present
  ? readFileSync(join(SHARED, 'real-pages', 'EXPECTED_TITLES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => {
      const [file, selector, , title] = l.split('\t');
      return { file: file!, selector: selector!, title: title! };
    })
  : [];
// Rows that say where the title can be read (document title, the alert switch), not where it is shown.
const shownRows = rows.filter((r) => !/^head|role=switch/.test(r.selector));
const files = [...new Set(rows.map((r) => r.file))];

let stop = () => {};
afterEach(() => stop());

describe.skipIf(!present)('real captured pages (../shared)', () => {
  it.each(files)('%s', (file) => {
    if (exceptions[file]) return expect(exceptions[file]).toMatch(/\S{10,}/); // listed, with a reason
    loadPage(readFileSync(join(SHARED, 'real-pages', file), 'utf8'));
    const scan = scanPage(URLS[file]!);
    stop = scan.stop;
    const found = scan.annotated.map((a) => a.title);
    for (const r of shownRows.filter((x) => x.file === file)) {
      const want = shownRows.filter((x) => x.file === file && x.title === r.title).length;
      expect(found.filter((t) => t === r.title).length, `${file}: "${r.title}"`).toBe(want);
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
    const json = readFileSync(join(SHARED, 'jsonld', file), 'utf8');
    document.body.innerHTML = '';
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    document.body.append(script);
    expect(jobPostingTitles(document)).toEqual(title ? [title] : []);
  });
});
