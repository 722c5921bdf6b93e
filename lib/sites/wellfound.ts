// Wellfound (formerly AngelList Talent). Job pages also carry JobPosting JSON-LD, which the
// generic detector reads when these selectors miss.
import type { SiteAdapter } from './types';

export const wellfoundAdapter: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  hosts: ['wellfound.com'],
  isJobPage: (url) => /^\/(?:jobs|company\/[^/]+\/jobs|role)/.test(url.pathname),
  targets: [
    {
      name: 'job listing title',
      selectors: [
        { css: 'a[class*="jobLink"] span[class*="title"]', seen: '2025-04' },
        { css: '[data-test="JobSearchResults"] a[href*="/jobs/"] h2', seen: '2025-04' },
      ],
    },
    {
      name: 'job heading',
      describes: true,
      selectors: [
        { css: '[data-test="JobDetail"] h1', seen: '2025-04' },
        { css: 'main h1[class*="title"]', seen: '2025-04' },
      ],
    },
  ],
  description: [
    { css: '[data-test="JobDetail"] [class*="description"]', seen: '2025-04' },
    { css: '[class*="styles_description"]', seen: '2025-04' },
  ],
};
