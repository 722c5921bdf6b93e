// The overlay beside a job title: a chip (flight risk and a short translation) that opens into a
// card (translation, flight risk, salary, metrics, the way to the whole record). Rendered inside a
// shadow root by the content script, so the board's CSS and ours never meet.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BullshitIndex } from '../lib/autopsy/engine';
import type { DossierSummary, TitleMatch } from '../lib/matching/types';
import { formatSalary, riskLabel } from '../lib/format';
import { CorrectionPicker } from './CorrectionPicker';

export interface OverlayProps {
  title: string;
  match: TitleMatch | null;
  onOpenDossier: (id: string) => void;
  /** Told when the card opens or closes, so the host can rise above its neighbours. */
  onOpenChange?: (open: boolean) => void;
  /** "Wrong match?": search dossiers, and file this title under one (or none). */
  search?: (query: string) => DossierSummary[];
  onCorrect?: (id: string | null) => void;
  /** The JD autopsy of the description this title heads, when there is one. */
  bullshit?: BullshitIndex | null;
}

export function Overlay({ title, match, onOpenDossier, onOpenChange, search, onCorrect, bullshit }: OverlayProps) {
  const [open, setOpen] = useState(false);
  const [fixing, setFixing] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const chip = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);

  // A new title in a recycled card closes the card that described the old one.
  useEffect(() => setOpen(false), [title, match?.id]);
  useEffect(() => {
    if (!open) setFixing(false);
  }, [open]);

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

  const picker = search && onCorrect && (
    <CorrectionPicker
      title={title}
      search={search}
      onPick={(id) => {
        onCorrect(id);
        closeAndFocus();
      }}
    />
  );
  const cardProps = {
    ref: card,
    class: 'card',
    role: 'dialog' as const,
    tabIndex: -1,
    style: pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : undefined,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeAndFocus();
      }
    },
  };
  const head = (
    <div class="card-head">
      <span class="label">OTIOSE FILE · SATIRE</span>
      <button type="button" class="close" aria-label="Close" onClick={closeAndFocus}>
        ×
      </button>
    </div>
  );

  if (!match) {
    return (
      <>
        <button
          ref={chip}
          type="button"
          class="chip chip--none"
          aria-expanded={open}
          aria-haspopup="dialog"
          aria-label={`Otiose (satire): no dossier for ${title}. File it under a role`}
          onClick={toggle}
        >
          <span class="mark" aria-hidden="true">O</span>
          <span class="text" aria-hidden="true">unfiled</span>
        </button>
        {open && (
          <div {...cardProps} aria-label={`File "${title}" under a dossier`}>
            {head}
            <p class="confidence">Otiose has no dossier for this title. If you know what it really is, file it:</p>
            {picker}
          </div>
        )}
      </>
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
        <div {...cardProps} aria-label={`Otiose dossier summary: ${heading}`}>
          {head}
          <h2 class="card-title">{heading}</h2>
          <p class="confidence">{confidenceLine(match)}</p>
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
          {bullshit && <BullshitLine index={bullshit} />}
          <p class="metrics-label">Bullshit metrics</p>
          <ul class="metrics">
            {d.metrics.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="open" onClick={() => onOpenDossier(d.id)}>
              Open the full dossier
            </button>
            {picker && !fixing && (
              <button type="button" class="link" aria-expanded={false} onClick={() => setFixing(true)}>
                Wrong match?
              </button>
            )}
          </div>
          {fixing && picker}
        </div>
      )}
    </>
  );
}

function BullshitLine({ index }: { index: BullshitIndex }) {
  return (
    <div class="bullshit">
      <p class="metrics-label">Bullshit index of this posting</p>
      <p>
        <strong>{index.per100.toFixed(1)}</strong> corporate phrases per 100 words ({index.found} in {index.words}).
      </p>
      {index.worst.length > 0 && (
        <ul class="metrics">
          {index.worst.map((w) => (
            <li key={w.phrase}>
              <strong>"{w.phrase}"</strong>
              {w.count > 1 ? ` ×${w.count}` : ''}: {w.translation}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function confidenceLine(m: TitleMatch): string {
  if (m.via === 'correction') return 'Filed here by you. Undo it from the Otiose popup.';
  if (m.level === 'family') return 'No dossier for this exact role: this is its family of work.';
  return `Match ${Math.round(m.score * 100)}% (${m.via === 'exact' ? 'title or known alias' : 'closest wording'})`;
}
