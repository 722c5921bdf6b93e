// The URL patterns of the boards Otiose knows. Used by the manifest (host permissions) and the
// content script's registration, so the two can never disagree.
export const BOARD_MATCHES = ['https://www.linkedin.com/*', 'https://linkedin.com/*'];
