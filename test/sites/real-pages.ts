// The real captures of the boards in ../shared/fixtures/real-pages (not part of this repository):
// where each was served from, and the titles EXPECTED_TITLES.tsv says each page shows. Read by the
// conformance test (happy-dom) and the real-pages end-to-end test (Chromium).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const REAL_PAGES = join(SHARED_FIXTURES, 'real-pages');
export const realPagesPresent = existsSync(join(REAL_PAGES, 'EXPECTED_TITLES.tsv'));

/** Where each capture was served from: the scanner picks its adapter by URL. */
export const REAL_PAGE_URLS: Record<string, string> = {
  'linkedin-guest-searchcards-1.html': 'https://au.linkedin.com/jobs/search?keywords=Quality%20Manager',
  'linkedin-guest-jobview-1.html': 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-1/',
  'linkedin-loggedin-sdui-jobview-2026-EXCERPT.html': 'https://www.linkedin.com/jobs/view/4459009206/',
  'indeed-viewjob-1.html': 'https://www.indeed.com/viewjob?jk=1',
  'greenhouse-jobboards-jobview-1.html': 'https://job-boards.greenhouse.io/example/jobs/1',
  'lever-apply-1.html': 'https://jobs.lever.co/example/1/apply',
  'workday-jobview-1.html': 'https://example.wd1.myworkdayjobs.com/en-US/careers/job/1',
  'ashby-apply-1.html': 'https://jobs.ashbyhq.com/example/1/application',
};

export interface ExpectedRow {
  file: string;
  selector: string;
  title: string;
}
export const expectedRows: ExpectedRow[] = realPagesPresent
  ? readFileSync(join(REAL_PAGES, 'EXPECTED_TITLES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [file, selector, , title] = l.split('\t');
        return { file: file!, selector: selector!, title: title! };
      })
  : [];
/** Rows for titles the page shows (not the ones it only states: document title, alert switch). */
export const shownRows = expectedRows.filter((r) => !/^head|role=switch/.test(r.selector));
export const realPageFiles = [...new Set(expectedRows.map((r) => r.file))];

/** How many times each shown title appears on `file`. */
export function shownTitleCounts(file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of shownRows) if (r.file === file) counts.set(r.title, (counts.get(r.title) ?? 0) + 1);
  return counts;
}
