// The background: opens the full dossier page when an overlay asks, and keeps the content script
// registrations for user-enabled sites in step with their permissions. Nothing else runs here.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dossierPath } from '../lib/format';
import type { RuntimeMessage } from '../lib/messages';
import { upgradeStoredSettings } from '../lib/settings/settings';
import { reconcileUserSites } from '../lib/sites/user-sites';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as RuntimeMessage;
    if (m?.type !== 'otiose:open-dossier' || typeof m.id !== 'string' || !/^[a-z0-9-]{1,80}$/.test(m.id)) return undefined;
    return browser.tabs
      .create({ url: browser.runtime.getURL(dossierPath(m.id) as '/dossier.html'), index: sender.tab ? sender.tab.index + 1 : undefined })
      .then(() => undefined);
  });
  // A permission removed in the browser's own settings takes its registration with it.
  browser.permissions.onRemoved.addListener(() => void reconcileUserSites().catch(() => {}));
  void reconcileUserSites().catch(() => {});
  // Settings written by an earlier version are brought up to date, keeping every good value.
  browser.runtime.onInstalled.addListener(() => void upgradeStoredSettings().catch(() => {}));
});
