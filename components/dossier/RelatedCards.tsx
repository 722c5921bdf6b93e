// [11] Related specimens as cards. Each card links to the other dossier on the same page
// (#<id>), with its system-match percentage drawn as a ring so the closest relatives stand out.
import type { RiskLevel } from '../../data/schema';

export interface RelatedItem {
  id: string;
  /** The related dossier's title; absent when it is not in the dataset (the id is shown). */
  title?: string;
  match: number;
  line: string;
  risk?: { percent: number; level: RiskLevel };
}

export interface RelatedCardsProps {
  items: readonly RelatedItem[];
  /** Where a card links to; the dossier page's own hash by default. */
  href?: (id: string) => string;
}

const R = 20;
const CIRCUMFERENCE = 2 * Math.PI * R;

export function MatchRing({ match }: { match: number }) {
  const m = Math.round(Math.min(100, Math.max(0, match)));
  const label = `System match ${m}%`;
  const filled = Math.round((m / 100) * CIRCUMFERENCE * 100) / 100;
  return (
    <svg class="match-ring" viewBox="0 0 52 52" width="52" height="52" role="img" aria-label={label}>
      <title>{label}</title>
      <circle class="match-track" cx="26" cy="26" r={R} />
      {/* Starts at twelve o'clock and runs clockwise, like every progress ring people know. */}
      <circle
        class="match-value"
        cx="26"
        cy="26"
        r={R}
        stroke-dasharray={`${filled} ${Math.round(CIRCUMFERENCE * 100) / 100}`}
        transform="rotate(-90 26 26)"
      />
      <text class="match-text" x="26" y="30" text-anchor="middle">
        {m}%
      </text>
    </svg>
  );
}

export function RelatedCards({ items, href = (id) => `#${encodeURIComponent(id)}` }: RelatedCardsProps) {
  return (
    <ul class="related">
      {items.map((r) => (
        <li key={r.id}>
          <a href={href(r.id)} class="related-card">
            <span class="related-head">
              <MatchRing match={r.match} />
              {/* The ring already names the percentage; these are the same words for sighted readers. */}
              <span class="match" aria-hidden="true">
                SYSTEM MATCH: {r.match}%
              </span>
            </span>
            <strong class="related-title">{r.title ?? r.id}</strong>
            <span class="related-line">{r.line}</span>
            {r.risk && (
              <span class={`related-risk risk-${r.risk.level.toLowerCase()}`}>
                Flight risk {r.risk.percent}% · {r.risk.level}
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
