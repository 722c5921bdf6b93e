// The content script: wiring only. It picks the site adapter for this page, builds the matcher
// from the bundled index and runs the scanner while Otiose is switched on for this site.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import matchIndex from 'virtual:otiose/index';
import { createMatcher } from '../../lib/matching/matcher';
import { createScanner } from '../../lib/scanner/scanner';
import { jsonLdTarget } from '../../lib/sites/jsonld';
import { BOARD_MATCHES } from '../../lib/sites/matches';
import { adapterFor, siteKeyFor } from '../../lib/sites/registry';
import { isActiveOn, loadSettings, watchSettings } from '../../lib/settings/settings';
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
    const scanner = createScanner({
      doc: document,
      targets: () => targets,
      match: (title) => matcher.match(title),
      mount: (title, match) => mountOverlay(title, match, openDossier),
    });

    const apply = (active: boolean) => (active ? scanner.start() : scanner.stop());
    apply(isActiveOn(await loadSettings(), site));
    const unwatch = watchSettings((s) => apply(isActiveOn(s, site)));

    // The popup asks the page's top frame what it found, for its health line.
    const onMessage = (msg: unknown) => {
      if (window !== window.top || (msg as RuntimeMessage)?.type !== 'otiose:page-stats') return undefined;
      return Promise.resolve({ adapter: adapter?.name ?? null, jobPage: adapter?.isJobPage(url) ?? false, ...scanner.stats() });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      scanner.stop();
    });
  },
});
