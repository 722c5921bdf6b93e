// Greenhouse job boards: job-boards.greenhouse.io (2024+ layout), boards.greenhouse.io (classic),
// and the embedded board, which is a boards.greenhouse.io/embed iframe on the company's own site
// (the content script runs in every frame, so the frame is handled like the board itself).
import type { SiteAdapter } from './types';

export const greenhouseAdapter: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  hosts: ['greenhouse.io'],
  isJobPage: (url) => /\/jobs\/\d+|\/embed\/job_(?:app|board)|^\/[^/]+\/?$/.test(url.pathname),
  targets: [
    {
      name: 'job view heading',
      describes: true,
      selectors: [
        { css: '.job__title h1', seen: '2026-07' },
        { css: 'h1.app-title', seen: '2024-05' },
      ],
    },
    {
      name: 'board listing',
      selectors: [
        { css: 'tr.job-post a > p:first-child', seen: '2026-07' },
        { css: '.opening > a', seen: '2024-05' },
      ],
    },
  ],
  description: [
    { css: '.job__description', seen: '2026-07' },
    { css: '#content', seen: '2024-05' },
  ],
};
