// The overlay beside a job title: a chip (flight risk and a short translation) that opens into a
// card (translation, flight risk, salary, metrics, the way to the whole record). Rendered inside a
// shadow root by the content script, so the board's CSS and ours never meet.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TitleMatch } from '../lib/matching/types';
import { formatSalary, riskLabel } from '../lib/format';

export interface OverlayProps {
  title: string;
  match: TitleMatch | null;
  onOpenDossier: (id: string) => void;
  /** Told when the card opens or closes, so the host can rise above its neighbours. */
  onOpenChange?: (open: boolean) => void;
}

export function Overlay({ title, match, onOpenDossier, onOpenChange }: OverlayProps) {
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const chip = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);

  // A new title in a recycled card closes the card that described the old one.
  useEffect(() => setOpen(false), [title, match?.id]);

  useEffect(() => {
    onOpenChange?.(open);
    if (!open) return;
    card.current?.focus();
    const close = () => setOpen(false);
    addEventListener('scroll', close, { passive: true, capture: true });
    addEventListener('resize', close);
    return () => {
      removeEventListener('scroll', close, { capture: true });
      removeEventListener('resize', close);
    };
  }, [open]);

  const toggle = () => {
    if (!open && chip.current) {
      // Fixed position escapes the board's overflow:hidden cards.
      const r = chip.current.getBoundingClientRect();
      const width = Math.min(340, innerWidth - 16);
      setPos({ top: Math.min(r.bottom + 6, innerHeight - 40), left: Math.max(8, Math.min(r.left, innerWidth - width - 8)) });
    }
    setOpen(!open);
  };
  const closeAndFocus = () => {
    setOpen(false);
    chip.current?.focus();
  };

  if (!match) {
    return (
      <span class="chip chip--none" title={`Otiose has no dossier for "${title}"`} aria-label={`Otiose (satire): no dossier for ${title}`} role="note">
        <span class="mark" aria-hidden="true">O</span>
        <span class="text">unfiled</span>
      </span>
    );
  }

  const d = match.dossier;
  const isFamily = match.level === 'family';
  const heading = isFamily ? `Closest family: ${d.title}` : d.title;
  return (
    <>
      <button
        ref={chip}
        type="button"
        class={`chip risk-${d.riskLevel.toLowerCase()}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={`Otiose satire for ${title}: ${heading}, flight risk ${d.risk}%. ${d.translation}`}
        onClick={toggle}
      >
        <span class="mark" aria-hidden="true">O</span>
        <span class="risk" aria-hidden="true">{d.risk}%</span>
        <span class="text" aria-hidden="true">
          {isFamily ? `family: ${d.title}` : d.translation}
        </span>
      </button>
      {open && (
        <div
          ref={card}
          class="card"
          role="dialog"
          aria-label={`Otiose dossier summary: ${heading}`}
          tabIndex={-1}
          style={pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeAndFocus();
            }
          }}
        >
          <div class="card-head">
            <span class="label">OTIOSE FILE · SATIRE</span>
            <button type="button" class="close" aria-label="Close" onClick={closeAndFocus}>
              ×
            </button>
          </div>
          <h2 class="card-title">{heading}</h2>
          <p class="confidence">
            {isFamily
              ? 'No dossier for this exact role: this is its family of work.'
              : `Match ${Math.round(match.score * 100)}% (${match.via === 'exact' ? 'title or known alias' : 'closest wording'})`}
          </p>
          <p class="translation">{d.translation}</p>
          <div class={`gauge risk-${d.riskLevel.toLowerCase()}`}>
            <span class="gauge-label">Flight risk</span>
            <span class="gauge-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={d.risk} aria-label="Flight risk">
              <span class="gauge-fill" style={{ width: `${d.risk}%` }} />
            </span>
            <strong>
              {d.risk}% {riskLabel(d.riskLevel)}
            </strong>
          </div>
          <p class="salary">
            Market average: <strong>{formatSalary(d.salary, d.approximate)}</strong>
            {d.approximate && <span class="muted"> (approximate, US)</span>}
          </p>
          <p class="metrics-label">Bullshit metrics</p>
          <ul class="metrics">
            {d.metrics.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button type="button" class="open" onClick={() => onOpenDossier(d.id)}>
            Open the full dossier
          </button>
        </div>
      )}
    </>
  );
}
