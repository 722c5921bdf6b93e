// Popup wiring: reads the current site and settings, renders <Popup>, writes changes back.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import matchIndex from 'virtual:otiose/index';
import { Popup } from '../../components/Popup';
import { dossierPath } from '../../lib/format';
import { createMatcher } from '../../lib/matching/matcher';
import type { PageStats, RuntimeMessage } from '../../lib/messages';
import { siteKeyFor } from '../../lib/sites/registry';
import { loadSettings, removeCorrection, setPaused, setSiteEnabled, watchSettings, type Settings } from '../../lib/settings/settings';
import './style.css';

const matcher = createMatcher(matchIndex);

/** The site of the active tab. Tests (and anyone opening the popup as a page) may name it with
 *  ?site=..., since a popup opened as a tab has no active tab of its own to ask about, and may
 *  point at a tab by URL pattern with ?tab=https://www.linkedin.com/jobs/* for its health line. */
async function currentTab(): Promise<{ site: string | null; tabId: number | null }> {
  const params = new URLSearchParams(location.search);
  const param = params.get('site');
  if (param) {
    const pattern = params.get('tab');
    const [tab] = pattern ? await browser.tabs.query({ url: pattern }).catch(() => []) : [];
    return { site: param, tabId: tab?.id ?? null };
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url ? new URL(tab.url) : null;
    return { site: url && /^https?:$/.test(url.protocol) ? siteKeyFor(url.hostname) : null, tabId: tab?.id ?? null };
  } catch {
    return { site: null, tabId: null };
  }
}

async function pageStats(tabId: number | null): Promise<PageStats | null> {
  if (tabId === null) return null;
  try {
    const message: RuntimeMessage = { type: 'otiose:page-stats' };
    return ((await browser.tabs.sendMessage(tabId, message)) as PageStats | undefined) ?? null;
  } catch {
    return null; // no content script on this tab
  }
}

async function diagnostics(tabId: number | null): Promise<string | null> {
  if (tabId === null) return null;
  try {
    const message: RuntimeMessage = { type: 'otiose:diagnostics' };
    return ((await browser.tabs.sendMessage(tabId, message)) as string | undefined) ?? null;
  } catch {
    return null;
  }
}

async function main() {
  const app = document.getElementById('app')!;
  const { site, tabId } = await currentTab();
  let settings: Settings = await loadSettings();
  let stats = await pageStats(tabId);
  const draw = () =>
    render(
      <Popup
        matcher={matcher}
        site={site}
        settings={settings}
        stats={stats}
        onSiteToggle={(s, on) => void setSiteEnabled(s, on)}
        onPauseToggle={(p) => void setPaused(p)}
        onUndoCorrection={(key) => void removeCorrection(key)}
        getDiagnostics={() => diagnostics(tabId)}
        dossierUrl={(id) => browser.runtime.getURL(dossierPath(id) as '/dossier.html')}
      />,
      app,
    );
  watchSettings(async (s) => {
    settings = s;
    draw();
    // The page reacts on its own; ask again shortly so the health line follows.
    setTimeout(async () => {
      stats = await pageStats(tabId);
      draw();
    }, 300);
  });
  draw();
}

void main();
