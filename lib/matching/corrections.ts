// The user's corrections, applied before the matcher: a title the user re-filed opens the dossier
// they chose (or none) on every site, from then on.
import { normalizeTitle } from './normalize';
import type { Matcher } from './matcher';
import type { TitleMatch } from './types';

/** The key a correction is stored under: the title's role and seniority as the normaliser reads
 *  them, so "Sr. Data Engineer (Remote)" and "Senior Data Engineer" share one correction. */
export function correctionKey(title: string): string {
  const seg = normalizeTitle(title).segments[0];
  if (!seg) return title.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
  return (seg.tiers.join(' ') + '|' + seg.tokens.join(' ')).slice(0, 200);
}

export type CorrectionLookup = (key: string) => { id: string | null } | undefined;

/** A match function that consults the corrections first. `none` says there are no corrections
 *  at all (the usual case): then no key is computed, which would read every title twice. */
export function matchWithCorrections(matcher: Matcher, lookup: CorrectionLookup, none: () => boolean = () => false) {
  return (title: string): TitleMatch | null => {
    if (none()) return matcher.match(title);
    const c = lookup(correctionKey(title));
    if (!c) return matcher.match(title);
    if (c.id === null) return null;
    const d = matcher.byId(c.id);
    if (!d) return matcher.match(title); // a dossier that no longer exists: fall back quietly
    return { id: d.id, title: d.title, score: 1, level: d.kind, via: 'correction', dossier: d };
  };
}
