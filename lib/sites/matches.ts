// The URL patterns the content script runs on and the extension holds host access for: exactly the
// boards that have an adapter. Used by the manifest and the content script's registration, so the
// two cannot disagree; a test checks every adapter host is covered here and nothing more.
// LinkedIn and Indeed serve country subdomains (au.linkedin.com, uk.indeed.com), hence wildcards.
export const BOARD_MATCHES = [
  'https://*.linkedin.com/*',
  'https://linkedin.com/*',
  'https://*.indeed.com/*',
  'https://indeed.com/*',
  'https://*.glassdoor.com/*',
  'https://*.glassdoor.co.uk/*',
  'https://*.glassdoor.ca/*',
  'https://*.glassdoor.com.au/*',
  'https://*.glassdoor.co.in/*',
  'https://*.glassdoor.ie/*',
  'https://*.glassdoor.de/*',
  'https://*.glassdoor.fr/*',
  'https://*.greenhouse.io/*',
  'https://*.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://*.ashbyhq.com/*',
  'https://wellfound.com/*',
  'https://*.wellfound.com/*',
  'https://*.workable.com/*',
  'https://*.smartrecruiters.com/*',
];
