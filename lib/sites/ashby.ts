// Ashby job boards (jobs.ashbyhq.com/<company>). Sibling classes are hashed; the ashby-* classes
// are Ashby's public styling hooks and stay put. Titles may begin with a space.
import type { SiteAdapter } from './types';

export const ashbyAdapter: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  hosts: ['ashbyhq.com'],
  isJobPage: (url) => url.pathname.split('/').filter(Boolean).length >= 1,
  targets: [
    {
      name: 'job heading',
      describes: true,
      selectors: [{ css: 'h1.ashby-job-posting-heading', seen: '2026-07' }],
    },
    {
      name: 'board listing',
      selectors: [{ css: '.ashby-job-posting-brief-title', seen: '2025-09' }],
    },
  ],
  description: [
    { css: '[class*="_descriptionText_"]', seen: '2026-07' },
  ],
};
