// Sites the user chooses: "Enable Otiose on this site" asks for that one origin's permission at
// that moment (optional host permissions: nothing is requested up front beyond the boards), then
// registers the content script for it. Revoking removes both. Chrome and Firefox (MV2, 102+) alike.
import { browser } from 'wxt/browser';

/** The built content script, as WXT writes it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/overlay.js';
const ID_PREFIX = 'otiose-site-';

/** "https://careers.example.com/jobs/1" -> "https://careers.example.com/*" (null for non-web pages). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

const scriptId = (pattern: string) => ID_PREFIX + pattern.replace(/[^a-z0-9.-]+/gi, '_');

export async function isUserSiteEnabled(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] });
}

/** Must run inside the user's click (the popup's button): browsers only prompt on a gesture. */
export async function requestUserSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

/** Registers the content script for a granted origin, and runs it in the tab now. */
export async function registerUserSite(pattern: string, tabId?: number | null): Promise<void> {
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  if (tabId != null) await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }).catch(() => {});
}

export async function removeUserSite(pattern: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => {});
  await browser.permissions.remove({ origins: [pattern] });
}

/** Keeps registrations in step with permissions the user may have removed in the browser's own UI. */
export async function reconcileUserSites(): Promise<void> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  for (const s of await browser.scripting.getRegisteredContentScripts()) {
    if (!s.id.startsWith(ID_PREFIX)) continue;
    if (!(s.matches ?? []).every((m) => granted.has(m))) await browser.scripting.unregisterContentScripts({ ids: [s.id] });
  }
}
