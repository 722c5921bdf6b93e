// Workday career sites (<tenant>.wd1..wd12.myworkdayjobs.com, and myworkdaysite.com): a React app
// whose stable hooks are data-automation-id attributes; class names are generated.
import type { SiteAdapter } from './types';

export const workdayAdapter: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  hosts: ['myworkdayjobs.com', 'myworkdaysite.com'],
  isJobPage: (url) => /\/job\/|\/jobs\b|^\/[a-z]{2}-[A-Z]{2}\/[^/]+\/?$|^\/[^/]+\/?$/.test(url.pathname),
  targets: [
    {
      name: 'job heading',
      describes: true,
      selectors: [{ css: '[data-automation-id="jobPostingHeader"]', seen: '2026-07' }],
    },
    {
      name: 'search result',
      selectors: [{ css: 'a[data-automation-id="jobTitle"]', seen: '2026-07' }],
      place: 'after',
    },
  ],
  description: [
    { css: '[data-automation-id="jobPostingDescription"]', seen: '2026-07' },
  ],
};
