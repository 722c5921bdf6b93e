// User settings, stored locally (storage.local) one key per setting, so a corrupt value costs only
// that setting: it falls back to its default and everything else is kept. Nothing is synced.
import { browser } from 'wxt/browser';

export const SETTINGS_VERSION = 1;

/** A user's correction of one normalised title: the dossier it should open, or null for none. */
export interface Correction {
  /** The title as the user saw it when correcting (for the popup's list). */
  title: string;
  id: string | null;
  at: number;
}

export interface Settings {
  /** Global pause: no overlays anywhere. */
  paused: boolean;
  /** Per-site switches, by site key (lib/sites/registry siteKeyFor). Absent means on. */
  sites: Record<string, boolean>;
  /** Corrections by normalised title (lib/matching/corrections correctionKey). They win on every site. */
  corrections: Record<string, Correction>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ paused: false, sites: {}, corrections: {} });

const KEYS = { version: 'otiose.version', paused: 'otiose.paused', sites: 'otiose.sites', corrections: 'otiose.corrections' } as const;
const SITE_KEY = /^[a-z0-9.-]{1,253}$/;
const DOSSIER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function sanitizeCorrections(raw: unknown): Record<string, Correction> {
  const out: Record<string, Correction> = {};
  if (!isRecord(raw)) return out;
  for (const [key, v] of Object.entries(raw)) {
    if (!key || key.length > 300 || !isRecord(v)) continue;
    const id = v.id === null ? null : typeof v.id === 'string' && DOSSIER_ID.test(v.id) ? v.id : undefined;
    if (id === undefined || typeof v.title !== 'string') continue;
    out[key] = { title: v.title.slice(0, 300), id, at: typeof v.at === 'number' ? v.at : 0 };
  }
  return out;
}

/** Reads whatever is stored, keeping every good value and defaulting every bad one. */
export function sanitizeSettings(raw: Record<string, unknown>): Settings {
  const paused = typeof raw[KEYS.paused] === 'boolean' ? (raw[KEYS.paused] as boolean) : DEFAULT_SETTINGS.paused;
  const sites: Record<string, boolean> = {};
  const rawSites = raw[KEYS.sites];
  if (isRecord(rawSites)) {
    for (const [k, v] of Object.entries(rawSites)) {
      if (SITE_KEY.test(k) && typeof v === 'boolean') sites[k] = v;
    }
  }
  return { paused, sites, corrections: sanitizeCorrections(raw[KEYS.corrections]) };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await browser.storage.local.get(Object.values(KEYS)));
  } catch {
    return { ...DEFAULT_SETTINGS, sites: {}, corrections: {} };
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

/** Stores the user's choice for a title: a dossier id, or null for "no dossier". */
export async function setCorrection(key: string, title: string, id: string | null): Promise<void> {
  const { corrections } = await loadSettings();
  corrections[key] = { title, id, at: Date.now() };
  await browser.storage.local.set({ [KEYS.corrections]: corrections, [KEYS.version]: SETTINGS_VERSION });
}

export async function removeCorrection(key: string): Promise<void> {
  const { corrections } = await loadSettings();
  delete corrections[key];
  await browser.storage.local.set({ [KEYS.corrections]: corrections, [KEYS.version]: SETTINGS_VERSION });
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
