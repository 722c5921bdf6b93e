// Lever (jobs.lever.co, jobs.eu.lever.co): the job page, its apply tab, and the board listing.
import type { SiteAdapter } from './types';

export const leverAdapter: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  hosts: ['lever.co'],
  isJobPage: (url) => url.pathname.split('/').filter(Boolean).length >= 1,
  targets: [
    {
      name: 'job heading',
      describes: true,
      selectors: [
        { css: '.posting-headline h2', seen: '2026-09' },
        { css: '.posting-header h2', seen: '2026-09' },
      ],
    },
    {
      name: 'board listing',
      selectors: [
        { css: '.posting a.posting-title h5[data-qa="posting-name"]', seen: '2025-06' },
        { css: '.posting a.posting-title h5', seen: '2025-06' },
      ],
    },
  ],
  description: [
    { css: '[data-qa="job-description"]', seen: '2026-09' },
    { css: '.posting-page .section-wrapper', seen: '2025-06' },
  ],
};
