// User settings, stored locally (storage.local) one key per setting, so a corrupt value costs only
// that setting: it falls back to its default and everything else is kept. Nothing is synced.
import { browser } from 'wxt/browser';

export const SETTINGS_VERSION = 2;

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
  /** The JD autopsy: marks corporate phrases in job descriptions. On unless switched off. */
  autopsy: boolean;
  /** Per-site switches, by site key (lib/sites/registry siteKeyFor). Absent means on. */
  sites: Record<string, boolean>;
  /** Corrections by normalised title (lib/matching/corrections correctionKey). They win on every site. */
  corrections: Record<string, Correction>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ paused: false, autopsy: true, sites: {}, corrections: {} });

const KEYS = {
  version: 'otiose.version',
  paused: 'otiose.paused',
  autopsy: 'otiose.autopsy',
  sites: 'otiose.sites',
  corrections: 'otiose.corrections',
} as const;
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
  const autopsy = typeof raw[KEYS.autopsy] === 'boolean' ? (raw[KEYS.autopsy] as boolean) : DEFAULT_SETTINGS.autopsy;
  return { paused, autopsy, sites, corrections: sanitizeCorrections(raw[KEYS.corrections]) };
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

export async function setAutopsy(on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEYS.autopsy]: on, [KEYS.version]: SETTINGS_VERSION });
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

// ---- Versions, export and import -------------------------------------------------------------
// Version 1 stored paused and sites; version 2 added autopsy and corrections. Stored values are
// read key by key with defaults, so upgrading means writing the version; each step is listed so
// a future change of shape has its place.
export const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 (nothing stored) and 1 -> 2: new keys take their defaults; nothing is renamed or dropped.
  1: (raw) => ({ ...raw, [KEYS.version]: 2 }),
};

/** Brings stored settings from any earlier version to the current one, keeping every good value. */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let version = typeof raw[KEYS.version] === 'number' ? (raw[KEYS.version] as number) : 1;
  let out = { ...raw };
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    out = step ? step(out) : { ...out, [KEYS.version]: version + 1 };
    version = out[KEYS.version] as number;
  }
  return out;
}

export async function upgradeStoredSettings(): Promise<void> {
  const raw = await browser.storage.local.get(Object.values(KEYS));
  if (raw[KEYS.version] === SETTINGS_VERSION) return;
  await browser.storage.local.set(migrateSettings(raw));
}

/** The settings file a user can keep or move to another browser. */
export function exportSettings(s: Settings): string {
  return JSON.stringify({ otiose: 'settings', version: SETTINGS_VERSION, ...s }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Reads a settings file strictly: anything wrong is named, and nothing is imported. */
export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`This is not a JSON file (${(e as Error).message}).`] };
  }
  if (!isRecord(data) || data.otiose !== 'settings') return { ok: false, errors: ['This is not an Otiose settings file (it lacks "otiose": "settings").'] };
  const errors: string[] = [];
  if (typeof data.version !== 'number' || data.version < 1 || data.version > SETTINGS_VERSION) errors.push(`"version" must be a number from 1 to ${SETTINGS_VERSION}.`);
  if ('paused' in data && typeof data.paused !== 'boolean') errors.push('"paused" must be true or false.');
  if ('autopsy' in data && typeof data.autopsy !== 'boolean') errors.push('"autopsy" must be true or false.');
  if ('sites' in data) {
    if (!isRecord(data.sites)) errors.push('"sites" must be an object of site names to true or false.');
    else for (const [k, v] of Object.entries(data.sites)) if (!SITE_KEY.test(k) || typeof v !== 'boolean') errors.push(`"sites"."${k}" must be a site name set to true or false.`);
  }
  if ('corrections' in data) {
    if (!isRecord(data.corrections)) errors.push('"corrections" must be an object.');
    else {
      const good = sanitizeCorrections(data.corrections);
      for (const k of Object.keys(data.corrections)) if (!(k in good)) errors.push(`"corrections"."${k}" needs a "title" and an "id" (a dossier id, or null).`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const raw: Record<string, unknown> = {
    [KEYS.paused]: data.paused,
    [KEYS.autopsy]: data.autopsy,
    [KEYS.sites]: data.sites,
    [KEYS.corrections]: data.corrections,
  };
  return { ok: true, settings: sanitizeSettings(raw) };
}

export async function saveAllSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({
    [KEYS.paused]: s.paused,
    [KEYS.autopsy]: s.autopsy,
    [KEYS.sites]: s.sites,
    [KEYS.corrections]: s.corrections,
    [KEYS.version]: SETTINGS_VERSION,
  });
}
