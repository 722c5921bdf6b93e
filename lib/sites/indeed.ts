// Indeed (www.indeed.com and the country sites, au.indeed.com, uk.indeed.com, ...).
import { visibleText } from './read-text';
import type { SiteAdapter } from './types';

/** The job-view heading may carry a hidden "- job post" suffix for screen readers. */
function readIndeedTitle(el: Element): string {
  const span = el.querySelector(':scope > span:not(.visually-hidden)');
  return visibleText(span ?? el).replace(/\s*-\s*job post\s*$/i, '');
}

export const indeedAdapter: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  hosts: ['indeed.com'],
  isJobPage: (url) => /^\/(?:viewjob|jobs|q-|m\/|cmp\/[^/]+\/jobs)/.test(url.pathname) || url.searchParams.has('vjk') || url.searchParams.has('jk'),
  targets: [
    {
      name: 'search result card',
      selectors: [
        { css: 'h2.jobTitle a[data-jk] span[title]', seen: '2025-03' },
        { css: 'a.jcs-JobTitle span[title]', seen: '2024-11' },
      ],
    },
    {
      name: 'job view heading',
      describes: true,
      selectors: [
        { css: 'h1[data-testid="jobsearch-JobInfoHeader-title"]', seen: '2026-08' },
        { css: 'h2[data-testid="jobsearch-JobInfoHeader-title"]', seen: '2025-03' },
        // The "simpler" job pane beside the results (not the cards themselves).
        { css: 'h2[data-testid="simpler-jobTitle"]', seen: '2025-03' },
        { css: '[data-testid="jobDetailTitle"]', seen: '2025-03' },
        { css: '.jobsearch-JobInfoHeader-title-container h1', seen: '2026-08' },
      ],
      read: readIndeedTitle,
    },
  ],
  description: [
    { css: '#jobDescriptionText', seen: '2026-08' },
  ],
};
