// Settings: persisted per key; a corrupt value falls back to its default and the rest is kept.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, sanitizeSettings, setPaused, setSiteEnabled, watchSettings } from '../../lib/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('start from the defaults: on everywhere, nothing paused', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(isActiveOn(await loadSettings(), 'linkedin.com')).toBe(true);
  });

  it('persist a site switch and the global pause', async () => {
    await setSiteEnabled('linkedin.com', false);
    await setSiteEnabled('indeed.com', true);
    let s = await loadSettings();
    expect(s.sites).toEqual({ 'linkedin.com': false, 'indeed.com': true });
    expect(isActiveOn(s, 'linkedin.com')).toBe(false);
    expect(isActiveOn(s, 'indeed.com')).toBe(true);
    await setPaused(true);
    s = await loadSettings();
    expect(isActiveOn(s, 'indeed.com')).toBe(false);
  });

  it('fall back to the default for a corrupt key only, keeping every good value', async () => {
    await fakeBrowser.storage.local.set({
      'otiose.paused': 'yes please',
      'otiose.sites': { 'linkedin.com': false, 'bad key with spaces': true, 'indeed.com': 'maybe', 'glassdoor.com': true },
    });
    const s = await loadSettings();
    expect(s.paused).toBe(false);
    expect(s.sites).toEqual({ 'linkedin.com': false, 'glassdoor.com': true });
    // Nothing was wiped from storage by reading.
    expect((await fakeBrowser.storage.local.get('otiose.paused'))['otiose.paused']).toBe('yes please');
  });

  it('survive values of the wrong shape entirely', () => {
    for (const sites of [null, 42, 'x', [true], { __proto__: { 'a.com': true } }]) {
      expect(sanitizeSettings({ 'otiose.sites': sites }).sites).toEqual({});
    }
  });

  it('tell every context when they change', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await setSiteEnabled('linkedin.com', false);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ paused: false, autopsy: true, sites: { 'linkedin.com': false }, corrections: {} }));
    stop();
  });
});

describe('settings versions, export and import', () => {
  it('upgrade every earlier version, keeping what was stored', async () => {
    const { migrateSettings, SETTINGS_VERSION } = await import('../../lib/settings/settings');
    // Version 1 (paused and sites only), and nothing stored at all.
    const v1 = migrateSettings({ 'otiose.version': 1, 'otiose.paused': true, 'otiose.sites': { 'linkedin.com': false } });
    expect(v1).toEqual({ 'otiose.version': SETTINGS_VERSION, 'otiose.paused': true, 'otiose.sites': { 'linkedin.com': false } });
    expect(migrateSettings({})['otiose.version']).toBe(SETTINGS_VERSION);
    await fakeBrowser.storage.local.set({ 'otiose.version': 1, 'otiose.paused': true, 'otiose.sites': { 'indeed.com': false } });
    const { upgradeStoredSettings } = await import('../../lib/settings/settings');
    await upgradeStoredSettings();
    expect(await loadSettings()).toEqual({ paused: true, autopsy: true, sites: { 'indeed.com': false }, corrections: {} });
    expect((await fakeBrowser.storage.local.get('otiose.version'))['otiose.version']).toBe(SETTINGS_VERSION);
  });

  it('export to a file that imports back to the same settings', async () => {
    const { exportSettings, parseSettingsFile } = await import('../../lib/settings/settings');
    const s = { paused: false, autopsy: false, sites: { 'linkedin.com': false }, corrections: { '|data engineer': { title: 'Data Engineer', id: 'recruiter', at: 5 } } };
    expect(parseSettingsFile(exportSettings(s))).toEqual({ ok: true, settings: s });
  });

  it('refuse a bad file whole, naming each problem', async () => {
    const { parseSettingsFile } = await import('../../lib/settings/settings');
    expect(parseSettingsFile('{oops')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not a JSON file/)] });
    expect(parseSettingsFile('{"a":1}')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not an Otiose settings file/)] });
    const r = parseSettingsFile(JSON.stringify({ otiose: 'settings', version: 2, paused: 'yes', sites: { 'linkedin.com': 'off' }, corrections: { x: { id: 7 } } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([
      '"paused" must be true or false.',
      '"sites"."linkedin.com" must be a site name set to true or false.',
      '"corrections"."x" needs a "title" and an "id" (a dossier id, or null).',
    ]);
  });
});
