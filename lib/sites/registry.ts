// Every site adapter, in one list. Adding a board: write lib/sites/<board>.ts, add it here and
// its URL patterns to lib/sites/matches.ts. The scanner never changes.
import { ashbyAdapter } from './ashby';
import { glassdoorAdapter } from './glassdoor';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { leverAdapter } from './lever';
import { linkedinAdapter } from './linkedin';
import { smartrecruitersAdapter } from './smartrecruiters';
import { hostMatches, type SiteAdapter } from './types';
import { wellfoundAdapter } from './wellfound';
import { workableAdapter } from './workable';
import { workdayAdapter } from './workday';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  linkedinAdapter,
  indeedAdapter,
  glassdoorAdapter,
  greenhouseAdapter,
  leverAdapter,
  workdayAdapter,
  ashbyAdapter,
  wellfoundAdapter,
  workableAdapter,
  smartrecruitersAdapter,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return SITE_ADAPTERS.find((a) => hostMatches(url.hostname, a.hosts));
}

/** The key per-site switches are stored under: a board's base domain, else the host without www. */
export function siteKeyFor(hostname: string): string {
  const board = SITE_ADAPTERS.find((a) => hostMatches(hostname, a.hosts));
  if (board) return board.hosts.find((h) => hostname === h || hostname.endsWith('.' + h)) ?? board.hosts[0]!;
  return hostname.replace(/^www\./, '');
}
