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
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ paused: false, sites: { 'linkedin.com': false }, corrections: {} }));
    stop();
  });
});
