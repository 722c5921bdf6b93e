// The toolbar popup: find any role, switch overlays for this site, pause everywhere.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Matcher } from '../lib/matching/matcher';
import type { DossierSummary } from '../lib/matching/types';
import type { Settings } from '../lib/settings/settings';
import type { PageStats } from '../lib/messages';
import { Health } from './Health';
import { SettingsTransfer } from './SettingsTransfer';
import { DossierSummaryCard } from './DossierSummaryCard';
import { RoleSearch } from './RoleSearch';

export interface PopupProps {
  matcher: Matcher;
  /** The current tab's site key, or null where Otiose cannot run (new tab, settings pages). */
  site: string | null;
  settings: Settings;
  stats: PageStats | null;
  onSiteToggle(site: string, enabled: boolean): void;
  onPauseToggle(paused: boolean): void;
  onAutopsyToggle?(on: boolean): void;
  onImportSettings?(s: Settings): void;
  onUndoCorrection(key: string): void;
  /** Fetches the page's diagnostics text (no page text in it), or null when it cannot. */
  getDiagnostics?(): Promise<string | null>;
  /** A site with no board adapter: whether the user has enabled Otiose on it. */
  userSite?: { pattern: string; enabled: boolean } | null;
  onUserSiteToggle?(enable: boolean): void;
  dossierUrl(id: string): string;
}

export function Popup(props: PopupProps) {
  const { matcher, site, settings, stats, onSiteToggle, onPauseToggle, onAutopsyToggle, onImportSettings, onUndoCorrection, getDiagnostics, dossierUrl, userSite, onUserSiteToggle } = props;
  const [chosen, setChosen] = useState<DossierSummary | null>(null);
  const siteOn = site ? settings.sites[site] !== false : false;
  const count = useMemo(() => matcher.dossiers.filter((d) => d.kind === 'specimen').length, [matcher]);
  useEffect(() => {
    document.documentElement.dataset.paused = String(settings.paused);
  }, [settings.paused]);

  return (
    <main class="popup">
      <header>
        <h1>Otiose</h1>
        <span class="tag">satire</span>
      </header>
      <RoleSearch matcher={matcher} onChoose={setChosen} />
      {chosen && <DossierSummaryCard dossier={chosen} dossierUrl={dossierUrl(chosen.id)} />}
      <section class="switches" aria-label="Where overlays appear">
        {userSite && onUserSiteToggle && (
          <div class="user-site">
            {userSite.enabled ? (
              <>
                <p class="muted small">Otiose reads job postings on this site because you enabled it.</p>
                <button type="button" class="undo" onClick={() => onUserSiteToggle(false)}>
                  Remove Otiose from this site
                </button>
              </>
            ) : (
              <>
                <p class="muted small">Otiose does not run on this site. Enabling it asks your browser for access to this site only.</p>
                <button type="button" class="button" onClick={() => onUserSiteToggle(true)}>
                  Enable Otiose on this site
                </button>
              </>
            )}
          </div>
        )}
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={!site}
            onChange={(e) => site && onSiteToggle(site, (e.target as HTMLInputElement).checked)}
          />
          <span>{site ? `Overlays on ${site}` : 'Overlays are not available on this page'}</span>
        </label>
        {onAutopsyToggle && (
          <label class="switch">
            <input type="checkbox" role="switch" checked={settings.autopsy} onChange={(e) => onAutopsyToggle((e.target as HTMLInputElement).checked)} />
            <span>Translate buzzwords in job descriptions</span>
          </label>
        )}
        <label class="switch">
          <input type="checkbox" role="switch" checked={settings.paused} onChange={(e) => onPauseToggle((e.target as HTMLInputElement).checked)} />
          <span>Pause Otiose everywhere</span>
        </label>
        {stats && <Health stats={stats} getDiagnostics={getDiagnostics} />}
      </section>
      <Corrections corrections={settings.corrections} matcher={matcher} onUndo={onUndoCorrection} />
      {onImportSettings && <SettingsTransfer settings={settings} onImport={onImportSettings} />}
      <footer class="muted small">
        {count} dossiers, bundled. Satire about corporate process, not about people. Nothing leaves your browser.
      </footer>
    </main>
  );
}

function Corrections({ corrections, matcher, onUndo }: { corrections: Settings['corrections']; matcher: Matcher; onUndo(key: string): void }) {
  const entries = Object.entries(corrections).sort((a, b) => b[1].at - a[1].at);
  if (!entries.length) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-h">
      <h2 id="corrections-h">Your corrections</h2>
      <ul>
        {entries.map(([key, c]) => (
          <li key={key}>
            <span>
              "{c.title}" → {c.id ? (matcher.byId(c.id)?.title ?? c.id) : 'no dossier'}
            </span>
            <button type="button" class="undo" aria-label={`Undo the correction for ${c.title}`} onClick={() => onUndo(key)}>
              Undo
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
