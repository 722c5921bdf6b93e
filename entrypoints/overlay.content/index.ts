// The content script: wiring only. It picks the site adapter for this page, builds the matcher
// from the bundled index, runs the scanner while Otiose is switched on for this site, and the JD
// autopsy on the description the page shows.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { compileLexicon, type BullshitIndex, type CompiledLexicon } from '../../lib/autopsy/engine';
import { createPageAutopsy } from '../../lib/autopsy/page';
import { correctionKey, matchWithCorrections } from '../../lib/matching/corrections';
import { createMatcher } from '../../lib/matching/matcher';
import type { MatchIndex } from '../../lib/matching/types';
import { createScanner } from '../../lib/scanner/scanner';
import { pageDiagnostics } from '../../lib/sites/diagnostics';
import { jsonLdTarget } from '../../lib/sites/jsonld';
import { BOARD_MATCHES } from '../../lib/sites/matches';
import { adapterFor, siteKeyFor } from '../../lib/sites/registry';
import { isActiveOn, loadSettings, setCorrection, watchSettings, type Settings } from '../../lib/settings/settings';
import { mountOverlay, type MountedOverlay } from './mount';
import type { RuntimeMessage } from '../../lib/messages';

type LexiconRow = [string, string, string[], string, string];

async function fetchData<T>(path: string): Promise<T> {
  // Generated at build time, so not among WXT's typed public paths.
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(`/${path}`));
  return (await res.json()) as T;
}

export default defineContentScript({
  matches: BOARD_MATCHES,
  // LinkedIn has run its search inside an iframe and renders /preload/ documents in frames.
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // A user-enabled site gets the script both from its registration and from the popup's
    // immediate injection: one copy runs.
    const flag = Symbol.for('otiose.content-script');
    const g = globalThis as unknown as Record<symbol, boolean>;
    if (g[flag]) return;
    g[flag] = true;
    const url = new URL(location.href);
    const adapter = adapterFor(url);
    const targets = adapter ? [...adapter.targets, jsonLdTarget] : [jsonLdTarget];
    const site = siteKeyFor(url.hostname);
    // The index ships as a data file beside the script (scripts/page-data.ts), read once here.
    const matcher = createMatcher(await fetchData<MatchIndex>('data/index.json'));
    const openDossier = (id: string) => {
      const message: RuntimeMessage = { type: 'otiose:open-dossier', id };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    let settings: Settings = await loadSettings();
    let noCorrections = true;
    const match = matchWithCorrections(matcher, (key) => settings.corrections[key], () => noCorrections);

    // The JD autopsy: the lexicon is fetched and compiled the first time a description shows up.
    let compiled: CompiledLexicon | null = null;
    let loadingLexicon = false;
    const lexiconReady = (): boolean => {
      if (compiled) return true;
      if (!loadingLexicon) {
        loadingLexicon = true;
        fetchData<LexiconRow[]>('data/lexicon.json')
          .then((rows) => {
            compiled = compileLexicon(rows.map(([id, phrase, variants, translation, kind]) => ({ id, phrase, variants, translation, kind })));
            scanner.scanNow();
          })
          .catch(() => {});
      }
      return false;
    };
    const lexicon = () => compiled!;
    const describing = new Set<MountedOverlay>();
    let bullshit: BullshitIndex | null = null;
    const autopsy = createPageAutopsy(document, lexicon, (index) => {
      bullshit = index;
      for (const h of describing) h.setBullshit(index);
    });
    // The description element, once found, is kept while it stays on the page; a page that only
    // added cards is searched only in them (a whole-page query per batch costs more than the batch).
    let shownDescription: Element | null = null;
    const anyDescription = (adapter?.description ?? []).map((s) => s.css).join(', ');
    /** True when none of the added elements can hold a description (one joined query). */
    const noDescriptionIn = (added: readonly Element[]) => {
      if (!anyDescription) return true;
      try {
        return !findIn(added, anyDescription);
      } catch {
        return false; // a selector this browser cannot parse: let each be tried alone
      }
    };
    const description = (added?: readonly Element[]) => {
      const selectors = adapter?.description ?? [];
      if (shownDescription?.isConnected && selectors.some((s) => shownDescription!.matches(s.css))) return shownDescription;
      shownDescription = null;
      // A batch of cards rarely holds a description: one joined query rules it out.
      if (added && noDescriptionIn(added)) return null;
      for (const s of selectors) {
        const el = added ? findIn(added, s.css) : document.querySelector(s.css);
        if (el) return (shownDescription = el);
      }
      return null;
    };
    const findIn = (roots: readonly Element[], css: string) => {
      for (const r of roots) {
        const el = r.matches(css) ? r : r.querySelector(css);
        if (el) return el;
      }
      return null;
    };

    const scanner = createScanner({
      doc: document,
      targets: () => targets,
      match,
      mount: (title, m, target, at) => {
        const h = mountOverlay(title, m, at, {
          onOpenDossier: openDossier,
          search: (q) => matcher.search(q, 6),
          onCorrect: (shown, id) => void setCorrection(correctionKey(shown), shown, id),
        });
        if (!h || !target.describes) return h;
        describing.add(h);
        h.setBullshit(bullshit);
        return {
          ...h,
          destroy() {
            describing.delete(h);
            h.destroy();
          },
        };
      },
      // The board swaps the description when another job is chosen: re-read it after each scan.
      onScanned: (added) => {
        if (!settings.autopsy) return autopsy.clear();
        const el = description(added);
        if (!el) autopsy.update(null);
        else if (lexiconReady()) autopsy.update(el);
      },
    });

    const apply = (active: boolean) => {
      if (active) scanner.start();
      else {
        scanner.stop();
        autopsy.clear();
      }
    };
    noCorrections = Object.keys(settings.corrections).length === 0;
    apply(isActiveOn(settings, site));
    const unwatch = watchSettings((next) => {
      const correctionsChanged = JSON.stringify(next.corrections) !== JSON.stringify(settings.corrections);
      const autopsyChanged = next.autopsy !== settings.autopsy;
      settings = next;
      noCorrections = Object.keys(next.corrections).length === 0;
      apply(isActiveOn(next, site));
      if (correctionsChanged) scanner.refresh();
      else if (autopsyChanged) scanner.scanNow();
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
      autopsy.clear();
      g[flag] = false;
    });
  },
});
