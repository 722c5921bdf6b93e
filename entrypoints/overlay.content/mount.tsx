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
// pay for rendering. One observer for every overlay of the page.
const drawWhenNear = new Map<Element, () => void>();
let nearObserver: IntersectionObserver | null | undefined;
function whenNear(host: Element, draw: () => void): void {
  if (nearObserver === undefined) {
    nearObserver =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              for (const e of entries) {
                if (!e.isIntersecting) continue;
                nearObserver!.unobserve(e.target);
                const f = drawWhenNear.get(e.target);
                drawWhenNear.delete(e.target);
                f?.();
              }
            },
            { rootMargin: '1000px 0px' },
          )
        : null;
  }
  if (!nearObserver) return draw();
  drawWhenNear.set(host, draw);
  nearObserver.observe(host);
}
function forget(host: Element): void {
  drawWhenNear.delete(host);
  nearObserver?.unobserve(host);
}

export function mountOverlay(title: string, match: TitleMatch | null, actions: OverlayActions): MountedOverlay | null {
  const host = createHost();
  let root: ShadowRoot;
  try {
    // A page that defined its own <otiose-overlay> may own the shadow root already: then we
    // draw nothing here rather than fight it.
    root = host.attachShadow({ mode: 'open' });
  } catch {
    return null;
  }
  // An undrawn host must already be a box of its own (inline-block): an empty inline would cling
  // to the end of the title's last word, and a title too long for its line (a 100 KB one) would
  // push it out of sight for good, where it never comes near enough to be drawn. One inline
  // declaration, not a stylesheet: a thousand shadow roots each adopting a sheet cost the page's
  // style engine more than the whole rest of the host.
  host.style.setProperty('display', 'inline-block');
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
  whenNear(host, () => {
    visible = true;
    draw(current, currentMatch);
  });
  return {
    host,
    update: draw,
    setBullshit(index) {
      bullshit = index;
      host.toggleAttribute('data-bullshit', !!index);
      draw(current, currentMatch);
    },
    destroy() {
      forget(host);
      if (visible) render(null, root);
      host.remove();
    },
  };
}
