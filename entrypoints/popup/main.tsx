// Popup wiring: reads the current site and settings, renders <Popup>, writes changes back.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import matchIndex from 'virtual:otiose/index';
import { Popup } from '../../components/Popup';
import { dossierPath } from '../../lib/format';
import { createMatcher } from '../../lib/matching/matcher';
import type { PageStats, RuntimeMessage } from '../../lib/messages';
import { adapterFor, siteKeyFor } from '../../lib/sites/registry';
import { isUserSiteEnabled, originPattern, registerUserSite, removeUserSite, requestUserSite } from '../../lib/sites/user-sites';
import { loadSettings, removeCorrection, saveAllSettings, setAutopsy, setPaused, setSiteEnabled, watchSettings, type Settings } from '../../lib/settings/settings';
import './style.css';

const matcher = createMatcher(matchIndex);

interface CurrentTab {
  /** Site key for the per-site switch, or null where Otiose cannot run. */
  site: string | null;
  tabId: number | null;
  /** The page's address (activeTab lets the popup read it), for "Enable Otiose on this site". */
  url: string | null;
}

/** The active tab. Tests (and anyone opening the popup as a page) may name it with ?url=<page url>,
 *  since a popup opened as a tab has no active tab of its own to ask about; ?tab=<URL pattern>
 *  then finds that tab for the health line. */
async function currentTab(): Promise<CurrentTab> {
  const params = new URLSearchParams(location.search);
  const given = params.get('url');
  if (given) {
    const pattern = params.get('tab');
    const [tab] = pattern ? await browser.tabs.query({ url: pattern }).catch(() => []) : [];
    return { site: siteKeyFor(new URL(given).hostname), tabId: tab?.id ?? null, url: given };
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url ? new URL(tab.url) : null;
    const web = url && /^https?:$/.test(url.protocol);
    return { site: web ? siteKeyFor(url.hostname) : null, tabId: tab?.id ?? null, url: web ? url.href : null };
  } catch {
    return { site: null, tabId: null, url: null };
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
  const { site, tabId, url } = await currentTab();
  // A site with no board adapter runs Otiose only if the user enables it here.
  const pattern = url && !adapterFor(new URL(url)) ? originPattern(url) : null;
  let userSite = pattern ? { pattern, enabled: await isUserSiteEnabled(pattern).catch(() => false) } : null;
  const toggleUserSite = async (enable: boolean) => {
    if (!userSite) return;
    try {
      if (enable) {
        // Asked inside the click, as browsers require; nothing is asked for until then.
        if (!(await requestUserSite(userSite.pattern))) return;
        await registerUserSite(userSite.pattern, tabId);
      } else {
        await removeUserSite(userSite.pattern);
      }
      userSite = { ...userSite, enabled: await isUserSiteEnabled(userSite.pattern) };
    } catch {
      // permission refused or API missing: the button simply stays as it was
    }
    draw();
  };
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
        onAutopsyToggle={(on) => void setAutopsy(on)}
        onImportSettings={(imported) => void saveAllSettings(imported)}
        onUndoCorrection={(key) => void removeCorrection(key)}
        getDiagnostics={() => diagnostics(tabId)}
        userSite={userSite}
        onUserSiteToggle={(on) => void toggleUserSite(on)}
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
