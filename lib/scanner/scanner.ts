// The scanner: finds titles through site adapters' targets and keeps exactly one overlay beside
// each, in step with a page that adds, recycles and re-renders its cards.
//
// One MutationObserver for the whole document. Its callback only notes what changed and schedules
// one scan per animation frame (the uBlock Origin pattern). When the page only added nodes (a new
// batch of cards) the scan looks inside them alone; otherwise it visits every target element,
// skipping those whose title and overlay are unchanged. New overlays are drawn within a small time
// budget, continuing in the next frame if a page of a thousand cards needs more. Nothing polls:
// a static page costs nothing after the first scan.
import { MAX_TITLE_CHARS } from '../matching/normalize';
import type { TitleMatch } from '../matching/types';
import { visibleText } from '../sites/read-text';
import type { TitleTarget } from '../sites/types';

export const OVERLAY_TAG = 'otiose-overlay';
/** Every overlay host carries this attribute, whatever its tag (see mount.tsx on pages that
 *  claim the tag for themselves); code that must skip overlays looks for it. */
export const HOST_ATTR = 'data-otiose-host';
export const HOST_SELECTOR = `${OVERLAY_TAG}, [${HOST_ATTR}]`;

/** What the scanner needs from whoever draws overlays (the content script; a stub in tests). */
export interface OverlayHandle {
  readonly host: Element;
  update(title: string, match: TitleMatch | null): void;
  destroy(): void;
}
/** Draws an overlay for `title`, read from the element `at` (the scanner places the host). */
export type MountOverlay = (title: string, match: TitleMatch | null, target: TitleTarget, at: Element) => OverlayHandle | null;

export interface ScannerOptions {
  doc: Document;
  targets: () => readonly TitleTarget[];
  match: (title: string) => TitleMatch | null;
  mount: MountOverlay;
  /** Runs a callback soon, once; default: the next animation frame. */
  schedule?: (cb: () => void) => void;
  /** Milliseconds of reading and matching per frame before yielding to the page; drawing the
   *  overlays, once every title is matched, may take three times as long in one frame. */
  budgetMs?: number;
  /** Called after every complete scan (page-level features such as the JD autopsy follow it).
   *  `added` is given when the page only added those elements since the last scan. */
  onScanned?: (added?: readonly Element[]) => void;
}

export interface ScanStats {
  /** Titles currently found on the page. */
  found: number;
  /** Of those, titles with a dossier (specimen or family). */
  matched: number;
  /** Per target name: how many titles it found (for the popup's health line). */
  byTarget: Record<string, number>;
}

interface Tracked {
  title: string;
  handle: OverlayHandle;
  place: 'append' | 'after';
  matched: boolean;
}

export interface Scanner {
  start(): void;
  stop(): void;
  /** Runs a full scan now (used at start and by tests). */
  scanNow(): void;
  /** Forgets every match (the user corrected one) and redraws each overlay with a fresh one. */
  refresh(): void;
  stats(): ScanStats;
}

export function createScanner(opts: ScannerOptions): Scanner {
  const { doc } = opts;
  const budgetMs = opts.budgetMs ?? 8;
  const schedule =
    opts.schedule ??
    ((cb: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => cb()) : setTimeout(cb, 16)));
  const tracked = new Map<Element, Tracked>();
  const ours = new WeakSet<Element>();
  /** Hosts that should be on the page right now: one removed by someone else means a rescan. */
  const live = new WeakSet<Node>();
  const matchCache = new Map<string, TitleMatch | null>();
  let observer: MutationObserver | null = null;
  let pending = false;
  /** Elements inside which something changed since the last scan (and their ancestors). */
  let touched = new Set<Node>();
  /** Set when every title must be re-read (start, refresh). */
  let fullRescan = true;
  /** Elements the page added since the last scan; when that is all it did, only they are read. */
  let added: Element[] = [];
  /** Set when the page removed or edited nodes: the next scan walks every title. */
  let structural = false;
  let running = false;
  let lastStats: ScanStats = { found: 0, matched: 0, byTarget: {} };

  const matchTitle = (title: string) => {
    let m = matchCache.get(title);
    if (m === undefined) {
      m = opts.match(title);
      if (matchCache.size > 5000) matchCache.clear(); // a page that invents titles forever
      matchCache.set(title, m);
    }
    return m;
  };

  const isOurs = (n: Node) => n.nodeType === 1 && ours.has(n as Element);

  /** Does the element already hold an overlay? A page that clones a card to make the next one
   *  clones our overlay with it: an empty copy (shadow roots are not cloned) still saying the old
   *  title. Such copies are ours to clear away; they do not count. */
  function holdsOverlay(el: Element): boolean {
    let holds = false;
    for (const h of el.querySelectorAll(HOST_SELECTOR)) {
      if (ours.has(h) || !h.hasAttribute(HOST_ATTR)) holds = true;
      else h.remove();
    }
    return holds;
  }

  function drop(t: Tracked) {
    live.delete(t.handle.host);
    t.handle.destroy();
  }

  function place(el: Element, host: Element, where: 'append' | 'after') {
    if (where === 'after') el.after(host);
    else el.append(host);
  }
  const placedRight = (el: Element, t: Tracked) =>
    t.handle.host.isConnected && (t.place === 'after' ? el.nextElementSibling === t.handle.host : t.handle.host.parentNode === el);

  /** The selector each target used last time: an added batch of cards is searched with it. */
  const chosen = new Map<TitleTarget, string>();

  /** Each target's selectors as one list: one query tells whether added nodes hold any of them. */
  const anyOf = new Map<TitleTarget, string>();
  const anySelector = (target: TitleTarget) => {
    let css = anyOf.get(target);
    if (css === undefined) anyOf.set(target, (css = target.selectors.map((s) => s.css).join(', ')));
    return css;
  };
  const holds = (roots: Element[], css: string) => {
    try {
      return roots.some((r) => r.matches(css) || r.querySelector(css));
    } catch {
      return true; // a selector this browser cannot parse: let the ordered fallbacks decide
    }
  };

  /** Each target's elements as the last full pass found them. A pass that ran out of time goes
   *  on in the next frame over the same page: while only our own overlays have changed since, the
   *  lists are reused instead of querying a page of a thousand cards again for every frame. */
  const lastLists = new Map<TitleTarget, Element[]>();
  let listsFresh = false;

  function elementsOf(target: TitleTarget, roots?: Element[]): Element[] {
    if (!roots) {
      const kept = listsFresh ? lastLists.get(target) : undefined;
      if (kept) return kept;
      const found = findElements(target);
      lastLists.set(target, found);
      return found;
    }
    return findElements(target, roots);
  }

  function findElements(target: TitleTarget, roots?: Element[]): Element[] {
    if (target.find) return target.find(doc, roots);
    if (roots && !chosen.has(target) && (!target.selectors.length || !holds(roots, anySelector(target)))) return [];
    const order = roots && chosen.has(target) ? [chosen.get(target)!] : target.selectors.map((s) => s.css);
    for (const css of order) {
      const found: Element[] = [];
      if (roots) {
        for (const r of roots) {
          if (r.matches(css)) found.push(r);
          for (const el of r.querySelectorAll(css)) found.push(el);
        }
      } else found.push(...doc.querySelectorAll(css));
      if (found.length) {
        chosen.set(target, css);
        return found;
      }
    }
    return [];
  }

  interface Pass {
    started: number;
    /** Milliseconds this pass may spend drawing overlays before yielding to the page. */
    budget: number;
    seen: Set<Element>;
    changed: Set<Node>;
    full: boolean;
    outOfTime: boolean;
  }

  /** Elements whose title has been read and matched ahead of drawing. */
  const readAheadDone = new WeakSet<Element>();
  /** The titles read ahead, kept for the pass that draws them unless the page changes first. */
  const readAheadTitles = new Map<Element, string>();

  /** Reads and matches every title not yet annotated, until the deadline; true when all are. */
  function readAhead(deadline: number): boolean {
    for (const target of opts.targets()) {
      for (const el of elementsOf(target)) {
        if (tracked.has(el) || readAheadDone.has(el)) continue;
        readAheadDone.add(el);
        if (!el.closest(HOST_SELECTOR)) {
          const title = readTitle(el, target);
          readAheadTitles.set(el, title);
          if (title) matchTitle(title);
        }
        if (performance.now() > deadline) {
          listsFresh = true; // the lists are read again only if the page changes meanwhile
          return false;
        }
      }
    }
    return true;
  }

  function readTitle(el: Element, target: TitleTarget): string {
    try {
      return (target.read ? target.read(el) : visibleText(el))?.slice(0, MAX_TITLE_CHARS * 4).trim() ?? '';
    } catch {
      return '';
    }
  }

  /** Reads one title element and keeps its overlay right. Returns whether it counted as a title
   *  and whether it matched, or null when the element is not (or not yet) a title to count. */
  function visit(el: Element, target: TitleTarget, pass: Pass): { matched: boolean } | null {
    if (pass.seen.has(el)) return null;
    const t = tracked.get(el);
    const where = target.place ?? 'append';
    // Fast path: a title already annotated, untouched, its overlay where it belongs.
    if (t && !pass.full && !pass.changed.has(el) && t.place === where && placedRight(el, t)) {
      pass.seen.add(el);
      return { matched: t.matched };
    }
    if (pass.outOfTime || performance.now() - pass.started > pass.budget) {
      // Counted now, checked, read and drawn in the next frame.
      pass.outOfTime = true;
      pass.seen.add(el);
      if (t) touched.add(el);
      return { matched: !!t?.matched };
    }
    if (el.closest(HOST_SELECTOR)) return null;
    // One overlay per title even when two targets see it: skip an element inside or around
    // one already annotated.
    if (hasClaimedAncestor(el, pass.seen) || (!t && holdsOverlay(el))) return null;
    const title = readAheadTitles.get(el) ?? readTitle(el, target);
    if (!title) return null;
    pass.seen.add(el);
    const m = matchTitle(title);
    if (t && t.title === title && t.place === where && placedRight(el, t)) return { matched: !!m };
    if (t && t.handle.host.isConnected && t.place === where) {
      t.handle.update(title, m);
      if (!placedRight(el, t)) place(el, t.handle.host, where);
      t.title = title;
      t.matched = !!m;
      return { matched: !!m };
    }
    if (t) drop(t);
    const handle = opts.mount(title, m, target, el);
    if (!handle) return { matched: !!m };
    ours.add(handle.host);
    live.add(handle.host);
    place(el, handle.host, where);
    tracked.set(el, { title, handle, place: where, matched: !!m });
    return { matched: !!m };
  }

  function scan() {
    pending = false;
    if (!running) return;
    // Changes not yet delivered to the observer callback count too (a scan run directly).
    if (observer) markChanges(observer.takeRecords());
    const started = performance.now();
    // A page of many new titles is read and matched first, over as many frames as that takes and
    // without touching the page; the overlays then go in together. Writing a few dozen per frame
    // instead would make the browser lay out and repaint the whole list once per frame.
    // Unless the page only added nodes, every title is walked.
    const walksAll = fullRescan || structural || !added.length || changedTitle(touched);
    if (walksAll && !readAhead(started + budgetMs)) return requestScan();
    const pass: Pass = { started, seen: new Set(), changed: touched, full: fullRescan, outOfTime: false, budget: budgetMs * 3 };
    touched = new Set();
    fullRescan = false;
    const roots = added;
    added = [];
    structural = false;
    quietly(() => (walksAll ? scanAll(pass) : scanAdded(roots.filter((r) => r.isConnected), pass)));
    readAheadTitles.clear();
  }

  /** Runs the scanner's own writes with the observer off: a thousand overlays going in would
   *  otherwise come back as a thousand records, each to be recognised as ours and skipped. Nothing
   *  of the page's can happen meanwhile (the writes are synchronous); what was pending is noted
   *  first, since disconnecting drops it. */
  function quietly(write: () => void) {
    const o = observer;
    if (o && markChanges(o.takeRecords())) requestScan();
    o?.disconnect();
    try {
      write();
    } finally {
      if (o && observer === o) o.observe(doc.documentElement, OBSERVED);
    }
  }

  function scanAll(pass: Pass) {
    const byTarget: Record<string, number> = {};
    let matched = 0;
    for (const target of opts.targets()) {
      let count = 0;
      for (const el of elementsOf(target)) {
        const r = visit(el, target, pass);
        if (!r) continue;
        count++;
        if (r.matched) matched++;
      }
      byTarget[target.name] = count;
    }

    // Overlays whose title has gone (card recycled, pane emptied, page navigated) go too.
    for (const [el, t] of tracked) {
      if (!pass.seen.has(el)) {
        drop(t);
        tracked.delete(el);
      }
    }
    lastStats = { found: pass.seen.size, matched, byTarget };
    if (pass.outOfTime) {
      listsFresh = true; // until the page changes (markChanges)
      requestScan();
    } else {
      listsFresh = false;
      opts.onScanned?.();
    }
  }

  /** Did a change happen inside a title already annotated (its text may be new)? The changed
   *  nodes (a batch's insertion point and its ancestors) are far fewer than the overlays: look
   *  them up, rather than walk a thousand overlays. */
  function changedTitle(changed: Set<Node>): boolean {
    for (const n of changed) if (tracked.has(n as Element)) return true;
    return false;
  }

  /** The page only added nodes (infinite scroll, a new batch of cards): look inside them alone,
   *  instead of walking every title on the page again. */
  function scanAdded(roots: Element[], pass: Pass) {
    const stats = { ...lastStats, byTarget: { ...lastStats.byTarget } };
    for (const target of opts.targets()) {
      for (const el of elementsOf(target, roots)) {
        if (tracked.has(el)) continue; // already counted by an earlier scan
        const r = visit(el, target, pass);
        if (!r) continue;
        stats.found++;
        if (r.matched) stats.matched++;
        stats.byTarget[target.name] = (stats.byTarget[target.name] ?? 0) + 1;
      }
    }
    lastStats = stats;
    if (pass.outOfTime) {
      // Finish with a full pass in the next frame: it re-counts everything from scratch.
      fullRescan = true;
      requestScan();
    } else opts.onScanned?.(roots);
  }

  function requestScan() {
    if (pending || !running) return;
    pending = true;
    schedule(() => {
      try {
        scan();
      } catch {
        // Never throw into the page's console; the next mutation retries.
        pending = false;
      }
    });
  }

  function onMutations(records: MutationRecord[]) {
    if (markChanges(records)) requestScan();
  }

  /** Notes what the records changed; true if any of it is the page's (not only our overlays). */
  function markChanges(records: MutationRecord[]): boolean {
    let scan = false;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      // The commonest record by far: one of our overlays going in. Nothing to note.
      if (r.type === 'childList' && r.addedNodes.length === 1 && !r.removedNodes.length && isOurs(r.addedNodes[0]!)) continue;
      if (r.type === 'childList') {
        const onlyOurs =
          [...r.addedNodes].every(isOurs) && [...r.removedNodes].every(isOurs) && (r.addedNodes.length || r.removedNodes.length);
        if (onlyOurs) {
          // A page that deletes our overlays gets them back; our own insertions need nothing.
          if ([...r.removedNodes].some((n) => !n.isConnected && live.has(n))) scan = structural = true;
          continue;
        }
      }
      listsFresh = false;
      readAheadTitles.clear();
      // Mark the changed node and its ancestors: titles inside them are re-read.
      for (let n: Node | null = r.target; n && !touched.has(n); n = n.parentNode) touched.add(n);
      if (r.type === 'childList') {
        for (const n of r.addedNodes) if (n.nodeType === 1 && !isOurs(n)) added.push(n as Element);
        for (const n of r.removedNodes) if (!isOurs(n)) structural = true;
      } else structural = true;
      scan = true;
    }
    return scan;
  }

  return {
    start() {
      if (running) return;
      running = true;
      fullRescan = true;
      listsFresh = false;
      observer = new MutationObserver(onMutations);
      observer.observe(doc.documentElement, OBSERVED);
      scan();
    },
    stop() {
      running = false;
      observer?.disconnect();
      observer = null;
      for (const t of tracked.values()) drop(t);
      tracked.clear();
      lastLists.clear();
      listsFresh = false;
      lastStats = { found: 0, matched: 0, byTarget: {} };
    },
    scanNow: () => {
      if (running) scan();
    },
    refresh() {
      matchCache.clear();
      for (const t of tracked.values()) t.title = '';
      fullRescan = true;
      if (running) scan();
    },
    stats: () => lastStats,
  };
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function hasClaimedAncestor(el: Element, seen: Set<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (seen.has(p)) return true;
  return false;
}
