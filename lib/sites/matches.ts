// The URL patterns of the boards Otiose knows. Used by the manifest (host permissions) and the
// content script's registration, so the two can never disagree. LinkedIn serves guest pages from
// country subdomains (au.linkedin.com, uk.linkedin.com), hence the wildcard.
export const BOARD_MATCHES = ['https://*.linkedin.com/*', 'https://linkedin.com/*'];
