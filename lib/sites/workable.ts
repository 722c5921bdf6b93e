// Workable (apply.workable.com/<company>, jobs.workable.com): data-ui attributes are its stable hooks.
import type { SiteAdapter } from './types';

export const workableAdapter: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  hosts: ['workable.com'],
  isJobPage: (url) => url.pathname.split('/').filter(Boolean).length >= 1,
  targets: [
    {
      name: 'job heading',
      describes: true,
      selectors: [{ css: 'h1[data-ui="job-title"]', seen: '2025-05' }, { css: 'h2[data-ui="job-title"]', seen: '2025-05' }],
    },
    {
      name: 'board listing',
      selectors: [
        { css: 'li[data-ui="job"] h3[data-ui="job-title"]', seen: '2025-05' },
        { css: 'li[data-ui="job"] h3', seen: '2025-05' },
      ],
    },
  ],
  description: [
    { css: '[data-ui="job-description"]', seen: '2025-05' },
  ],
};
