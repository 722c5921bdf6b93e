// The content script: wiring only. It picks the site adapter for this page, builds the matcher
// from the bundled index and runs the scanner while Otiose is switched on for this site.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import matchIndex from 'virtual:otiose/index';
import { correctionKey, matchWithCorrections } from '../../lib/matching/corrections';
import { createMatcher } from '../../lib/matching/matcher';
import { createScanner } from '../../lib/scanner/scanner';
import { pageDiagnostics } from '../../lib/sites/diagnostics';
import { jsonLdTarget } from '../../lib/sites/jsonld';
import { BOARD_MATCHES } from '../../lib/sites/matches';
import { adapterFor, siteKeyFor } from '../../lib/sites/registry';
import { isActiveOn, loadSettings, setCorrection, watchSettings, type Settings } from '../../lib/settings/settings';
import { mountOverlay } from './mount';
import type { RuntimeMessage } from '../../lib/messages';

export default defineContentScript({
  matches: BOARD_MATCHES,
  // LinkedIn has run its search inside an iframe and renders /preload/ documents in frames.
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    const adapter = adapterFor(url);
    const targets = adapter ? [...adapter.targets, jsonLdTarget] : [jsonLdTarget];
    const site = siteKeyFor(url.hostname);
    const matcher = createMatcher(matchIndex);
    const openDossier = (id: string) => {
      const message: RuntimeMessage = { type: 'otiose:open-dossier', id };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    let settings: Settings = await loadSettings();
    const match = matchWithCorrections(matcher, (key) => settings.corrections[key]);
    const scanner = createScanner({
      doc: document,
      targets: () => targets,
      match,
      mount: (title, m) =>
        mountOverlay(title, m, {
          onOpenDossier: openDossier,
          search: (q) => matcher.search(q, 6),
          onCorrect: (shown, id) => void setCorrection(correctionKey(shown), shown, id),
        }),
    });

    const apply = (active: boolean) => (active ? scanner.start() : scanner.stop());
    apply(isActiveOn(settings, site));
    const unwatch = watchSettings((next) => {
      const correctionsChanged = JSON.stringify(next.corrections) !== JSON.stringify(settings.corrections);
      settings = next;
      apply(isActiveOn(next, site));
      if (correctionsChanged) scanner.refresh();
    });

    // The popup asks the page's top frame what it found, for its health line.
    const onMessage = (msg: unknown) => {
      if (window !== window.top) return undefined;
      const type = (msg as RuntimeMessage)?.type;
      // The URL may have changed by client-side navigation since the script started.
      const here = new URL(location.href);
      if (type === 'otiose:page-stats') {
        return Promise.resolve({ adapter: adapter?.name ?? null, jobPage: adapter?.isJobPage(here) ?? false, active: isActiveOn(settings, site), ...scanner.stats() });
      }
      if (type === 'otiose:diagnostics') return Promise.resolve(pageDiagnostics(document, here, adapter, scanner.stats().byTarget));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
    });
  },
});
