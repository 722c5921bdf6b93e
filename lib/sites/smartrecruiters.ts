// SmartRecruiters (jobs.smartrecruiters.com/<company>, careers.smartrecruiters.com).
import type { SiteAdapter } from './types';

export const smartrecruitersAdapter: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  hosts: ['smartrecruiters.com'],
  isJobPage: (url) => url.pathname.split('/').filter(Boolean).length >= 1,
  targets: [
    {
      name: 'job heading',
      describes: true,
      selectors: [
        { css: 'h1.job-title', seen: '2025-05' },
        { css: '[itemprop="title"]', seen: '2024-10' },
      ],
    },
    {
      name: 'board listing',
      selectors: [
        { css: 'li.opening-job h4.job-title', seen: '2025-05' },
        { css: '.opening-job .details-title', seen: '2024-10' },
      ],
    },
  ],
  description: [
    { css: '[itemprop="description"]', seen: '2024-10' },
    { css: '.job-sections', seen: '2025-05' },
  ],
};
