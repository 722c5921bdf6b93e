// Every site adapter, in one list. Adding a board: write lib/sites/<board>.ts, add it here and
// its URL patterns to lib/sites/matches.ts. The scanner never changes.
import { linkedinAdapter } from './linkedin';
import { hostMatches, type SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [linkedinAdapter];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => hostMatches(url.hostname, a.hosts));
}

/** The key per-site switches are stored under: a board's base domain, else the host without www. */
export function siteKeyFor(hostname: string): string {
  const board = SITE_ADAPTERS.find((a) => hostMatches(hostname, a.hosts));
  if (board) return board.hosts[0]!;
  return hostname.replace(/^www\./, '');
}
