// Glassdoor (glassdoor.com and its country domains). Class names carry hashed suffixes
// (JobCard_jobTitle__GLyJ1): match them by prefix, prefer data-test attributes.
import type { SiteAdapter } from './types';

export const glassdoorAdapter: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: ['glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.co.in', 'glassdoor.ie', 'glassdoor.de', 'glassdoor.fr'],
  isJobPage: (url) => /^\/(?:Job|job-listing|Jobs|partner\/jobListing)/i.test(url.pathname),
  targets: [
    {
      name: 'search result card',
      selectors: [
        { css: 'li[data-test="jobListing"] a[data-test="job-title"]', seen: '2025-07' },
        { css: 'a[data-test="job-title"]', seen: '2025-07' },
        { css: '[class*="JobCard_jobTitle"]', seen: '2025-07' },
      ],
      place: 'after',
    },
    {
      name: 'job details heading',
      describes: true,
      selectors: [
        { css: 'h1[id^="jd-job-title"]', seen: '2025-07' },
        { css: '[data-test="job-details-header"] h1', seen: '2025-07' },
        { css: '[class*="JobDetails_jobTitle"]', seen: '2025-07' },
      ],
    },
  ],
  description: [
    { css: '[class*="JobDetails_jobDescription"]', seen: '2025-07' },
    { css: '#JobDescriptionContainer', seen: '2024-09' },
  ],
};
