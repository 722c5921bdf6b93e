// Draws one overlay: an <otiose-overlay> host with an open shadow root holding the Preact chip.
// The host's data-title / data-dossier attributes are a public contract (tests and tools use it).
import { render } from 'preact';
import { Overlay } from '../../components/Overlay';
import hostCss from '../../components/overlay-host.css?inline';
import overlayCss from '../../components/overlay.css?inline';
import type { BullshitIndex } from '../../lib/autopsy/engine';
import type { DossierSummary, TitleMatch } from '../../lib/matching/types';
import { HOST_ATTR, OVERLAY_TAG, type OverlayHandle } from '../../lib/scanner/scanner';

// Two stylesheet objects shared by every overlay: the host's place in the line, from the start,
// and the chip's styles, from its first draw. Where constructable sheets cannot be adopted (Firefox
// content scripts), each shadow root gets a <style> with the same text.
let sheets: Map<string, CSSStyleSheet> | null | undefined;
function sheetFor(css: string): CSSStyleSheet | null {
  if (sheets === undefined) {
    try {
      new CSSStyleSheet().replaceSync('');
      sheets = new Map();
    } catch {
      sheets = null;
    }
  }
  if (!sheets) return null;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
function applyStyles(root: ShadowRoot, css: readonly string[]) {
  const adopted = css.map(sheetFor);
  if (adopted.every((s): s is CSSStyleSheet => !!s)) {
    try {
      root.adoptedStyleSheets = adopted;
      return;
    } catch {
      sheets = null;
    }
  }
  let style = root.querySelector('style[data-otiose]');
  if (!style) {
    style = document.createElement('style');
    style.setAttribute('data-otiose', '');
    root.prepend(style);
  }
  style.textContent = css.join('\n');
}

// Events from inside the overlay must not reach the board: a click on the chip is not a click on
// the job card (which would open the job) and a key press is not the board's shortcut.
const CONTAINED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress'];
function contain(host: HTMLElement) {
  for (const type of CONTAINED_EVENTS) {
    host.addEventListener(type, (e) => {
      e.stopPropagation();
      // Inside a link, a click would also follow it.
      if (type === 'click' && host.closest('a')) e.preventDefault();
    });
  }
}

function setAttributes(host: HTMLElement, title: string, match: TitleMatch | null) {
  // setAttribute, not dataset: the dataset proxy costs several times more, a thousand times over.
  host.setAttribute('data-title', title);
  if (match) {
    host.setAttribute('data-dossier', match.id);
    host.setAttribute('data-level', match.level);
  } else {
    host.removeAttribute('data-dossier');
    host.removeAttribute('data-level');
  }
}

export interface OverlayActions {
  onOpenDossier: (id: string) => void;
  search: (query: string) => DossierSummary[];
  /** Files a title under a dossier (or none). */
  onCorrect: (title: string, id: string | null) => void;
}

export interface MountedOverlay extends OverlayHandle {
  /** Shows (or hides, with null) the description's bullshit index in the card. */
  setBullshit(index: BullshitIndex | null): void;
}

// A page may define its own <otiose-overlay> custom element: every element of that tag would then
// run the page's constructor. The first host we create tells (it comes back :defined); from then
// on this page gets a tag of our own, unknown to it, with the same data attributes.
let hostTag: string = OVERLAY_TAG;
function createHost(): HTMLElement {
  let host = document.createElement(hostTag);
  if (hostTag === OVERLAY_TAG && host.matches(':defined')) {
    hostTag = `${OVERLAY_TAG}-${Math.random().toString(36).slice(2, 10)}`;
    host = document.createElement(hostTag);
  }
  host.setAttribute(HOST_ATTR, '');
  return host;
}

// Chips are drawn when their title comes near the viewport: a page of a thousand cards gets a
// thousand hosts with their contract attributes at once, but only the few dozen a reader can see
// pay for rendering. One observer for every overlay of the page; it watches the title elements,
// which the page lays out anyway, so an undrawn host needs no box of its own (display: none).
// Its root is this document's own viewport (root: document): measured in the page benchmark,
// Chromium recomputes a thousand targets after each layout in about half the time it takes for
// the implicit root, which maps every target up to the top-level viewport.
const nearCallbacks = new Map<Element, (entry: IntersectionObserverEntry) => void>();
let nearObserver: IntersectionObserver | null | undefined;
/** Calls `onEntry` with each of the element's intersection entries; false if this browser has
 *  no IntersectionObserver. */
function watchNear(el: Element, onEntry: (entry: IntersectionObserverEntry) => void): boolean {
  if (nearObserver === undefined) {
    nearObserver =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              for (const e of entries) nearCallbacks.get(e.target)?.(e);
            },
            { root: document, rootMargin: '1000px 0px' },
          )
        : null;
  }
  if (!nearObserver) return false;
  nearCallbacks.set(el, onEntry);
  nearObserver.observe(el);
  return true;
}
function unwatchNear(el: Element): void {
  nearCallbacks.delete(el);
  nearObserver?.unobserve(el);
}

export function mountOverlay(title: string, match: TitleMatch | null, at: Element, actions: OverlayActions): MountedOverlay | null {
  const host = createHost();
  let root: ShadowRoot;
  try {
    // A page that defined its own <otiose-overlay> may own the shadow root already: then we
    // draw nothing here rather than fight it.
    root = host.attachShadow({ mode: 'open' });
  } catch {
    return null;
  }
  // Undrawn, the host takes no part in the page's layout at all. A thousand of them cost the
  // page's style and layout work next to nothing (one inline declaration each, no stylesheet).
  host.style.setProperty('display', 'none');
  // Event containment waits for the first draw: until then the shadow root is empty and there is
  // nothing to click.
  let dressed = false;
  // Every drawn chip is its own stacking context (z-index 3, above the board's card links); an open
  // card must rise above the chips that come after it.
  const raise = (open: boolean) => host.style.setProperty('z-index', open ? '2147483647' : '');
  let current = title;
  let currentMatch = match;
  let bullshit: BullshitIndex | null = null;
  // The host may be reused for another title (recycled card): correct the one shown now.
  const onCorrect = (id: string | null) => actions.onCorrect(current, id);
  let visible = false;
  const draw = (t: string, m: TitleMatch | null) => {
    current = t;
    currentMatch = m;
    setAttributes(host, t, m);
    if (!visible) return; // drawn when it comes near the viewport
    if (!dressed) {
      dressed = true;
      contain(host);
      applyStyles(root, [hostCss, overlayCss]);
      host.style.removeProperty('display');
      host.setAttribute('data-drawn', '');
    }
    render(
      <Overlay
        title={t}
        match={m}
        onOpenDossier={actions.onOpenDossier}
        onOpenChange={raise}
        search={actions.search}
        onCorrect={onCorrect}
        bullshit={bullshit}
      />,
      root,
    );
  };
  draw(title, match);
  // Watch the title element; once it comes near, draw. A title with no box of its own (display:
  // contents, or empty) never intersects anything: then the host becomes a box (inline-block, the
  // drawn chip's own display, which wraps below a title too long for its line) and is watched
  // instead. Inside a hidden title it stays undrawn, as it should.
  let watching: Element | null = null;
  const stopWatching = () => {
    if (watching) unwatchNear(watching);
    watching = null;
  };
  const onEntry = (e: IntersectionObserverEntry) => {
    if (e.isIntersecting) {
      stopWatching();
      visible = true;
      draw(current, currentMatch);
    } else if (watching !== host && e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0) {
      stopWatching();
      host.style.setProperty('display', 'inline-block');
      watch(host);
    }
  };
  const watch = (el: Element) => {
    watching = el;
    if (watchNear(el, onEntry)) return;
    watching = null;
    visible = true;
    draw(current, currentMatch);
  };
  watch(at);
  return {
    host,
    update: draw,
    setBullshit(index) {
      bullshit = index;
      host.toggleAttribute('data-bullshit', !!index);
      draw(current, currentMatch);
    },
    destroy() {
      stopWatching();
      if (visible) render(null, root);
      host.remove();
    },
  };
}
