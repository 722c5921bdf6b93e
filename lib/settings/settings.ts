// User settings, stored locally (storage.local) one key per setting, so a corrupt value costs only
// that setting: it falls back to its default and everything else is kept. Nothing is synced.
import { browser } from 'wxt/browser';

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Global pause: no overlays anywhere. */
  paused: boolean;
  /** Per-site switches, by site key (lib/sites/registry siteKeyFor). Absent means on. */
  sites: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ paused: false, sites: {} });

const KEYS = { version: 'otiose.version', paused: 'otiose.paused', sites: 'otiose.sites' } as const;
const SITE_KEY = /^[a-z0-9.-]{1,253}$/;

/** Reads whatever is stored, keeping every good value and defaulting every bad one. */
export function sanitizeSettings(raw: Record<string, unknown>): Settings {
  const paused = typeof raw[KEYS.paused] === 'boolean' ? (raw[KEYS.paused] as boolean) : DEFAULT_SETTINGS.paused;
  const sites: Record<string, boolean> = {};
  const rawSites = raw[KEYS.sites];
  if (rawSites && typeof rawSites === 'object' && !Array.isArray(rawSites)) {
    for (const [k, v] of Object.entries(rawSites)) {
      if (SITE_KEY.test(k) && typeof v === 'boolean') sites[k] = v;
    }
  }
  return { paused, sites };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await browser.storage.local.get(Object.values(KEYS)));
  } catch {
    return { ...DEFAULT_SETTINGS, sites: {} };
  }
}

export async function setPaused(paused: boolean): Promise<void> {
  await browser.storage.local.set({ [KEYS.paused]: paused, [KEYS.version]: SETTINGS_VERSION });
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const { sites } = await loadSettings();
  sites[site] = enabled;
  await browser.storage.local.set({ [KEYS.sites]: sites, [KEYS.version]: SETTINGS_VERSION });
}

export function isActiveOn(settings: Settings, site: string): boolean {
  return !settings.paused && settings.sites[site] !== false;
}

/** Calls back with fresh settings whenever any of ours changes, from any context. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.values(KEYS).some((k) => k in changes)) void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
