// The popup's health line: which board adapter runs on this tab, how many titles it found and
// matched, and, when a known board's job page shows none, a plain warning with "Copy diagnostics".
import { useState } from 'preact/hooks';
import type { PageStats } from '../lib/messages';

export function Health({ stats, getDiagnostics }: { stats: PageStats; getDiagnostics?: () => Promise<string | null> }) {
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const board = stats.adapter ?? 'Structured job data';
  const broken = stats.active && stats.adapter !== null && stats.jobPage && stats.found === 0;

  const copy = async () => {
    const t = (await getDiagnostics?.()) ?? null;
    setText(t);
    if (!t) return setCopied('no');
    try {
      await navigator.clipboard.writeText(t);
      setCopied('yes');
    } catch {
      setCopied('no'); // the text is shown below to copy by hand
    }
  };

  if (!stats.active) return <p class="health muted" role="status">{board}: overlays are off here.</p>;
  return (
    <div class="health" role="status">
      {broken ? (
        <p class="warning">
          {board}: this looks like a job page, but Otiose found no job titles on it. The board may have changed its layout.
        </p>
      ) : (
        <p class="muted">
          {board}: {stats.found} title{stats.found === 1 ? '' : 's'} found, {stats.matched} matched.
        </p>
      )}
      {broken && getDiagnostics && (
        <>
          <button type="button" class="undo" onClick={copy}>
            Copy diagnostics
          </button>
          {copied === 'yes' && <span class="muted small"> Copied. Nothing was sent anywhere.</span>}
          {text && (
            <textarea class="diagnostics" readOnly aria-label="Diagnostics (page structure only, no text)" value={text} rows={6} />
          )}
        </>
      )}
    </div>
  );
}
