// The JD autopsy in the page: marks lexicon phrases in the job description without changing a
// single node of the board, and shows their translation in a shadow-root tooltip on hover, or
// when the text caret or selection sits in one (keyboard users reach it that way).
//
// Marking uses the CSS Custom Highlight API where the browser has it: ranges over the board's own
// text nodes, painted by a ::highlight() rule in an adopted stylesheet. Where it is missing, the
// fallback draws underline boxes in a fixed, pointer-transparent layer of our own, positioned from
// the ranges' client rects. Either way the board's DOM text is byte-for-byte what it was.
import { findPhrases, bullshitIndex, type AutopsySpan, type BullshitIndex, type CompiledLexicon } from './engine';

const HIGHLIGHT = 'otiose-autopsy';
const TOOLTIP_TAG = 'otiose-autopsy-tip';
const MARK_CSS = `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.28); text-decoration: underline wavy rgba(190, 80, 0, 0.9); text-decoration-thickness: 1px; }`;
const TIP_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
.tip { max-width: 320px; padding: 8px 10px; border-radius: 8px; background: #22201b; color: #f7f2e6;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; box-shadow: 0 6px 20px rgba(0,0,0,.3); }
.label { display: block; font-size: 10px; letter-spacing: .08em; text-transform: uppercase; color: #f0a36f; margin-bottom: 3px; }
.phrase { font-weight: 700; }
.box { position: fixed; border-bottom: 2px wavy #be5000; background: rgba(255,196,0,.22); pointer-events: none; }
`;

interface Marked {
  range: Range;
  span: AutopsySpan;
}

export interface PageAutopsy {
  /** Reads the description (or clears the marks when there is none); cheap when unchanged. */
  update(description: Element | null): void;
  clear(): void;
  /** The current description's bullshit index, or null. */
  index(): BullshitIndex | null;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
function highlightApi(): { set(name: string, h: unknown): void; delete(name: string): void; ctor: HighlightCtor } | null {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const ctor = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || typeof ctor !== 'function') return null;
  return { set: (n, h) => registry.set(n, h), delete: (n) => registry.delete(n), ctor };
}

/** The element's text as one string, with a map back to (text node, offset). */
function textOf(el: Element): { text: string; nodes: Text[]; starts: number[] } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => ((n.parentElement?.closest('script, style, otiose-overlay, [data-otiose-host]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
    if (text.length > 200_000) break; // no description is longer; a hostile page's might be
  }
  return { text, nodes, starts };
}

function locate(nodes: Text[], starts: number[], pos: number, end: boolean): [Text, number] {
  // The last node starting at or before pos (for an end position, strictly before).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < pos || (!end && starts[mid] === pos)) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, pos - starts[lo]!];
}

export function createPageAutopsy(doc: Document, lexicon: () => CompiledLexicon, onChange: (index: BullshitIndex | null) => void): PageAutopsy {
  const api = highlightApi();
  let marks: Marked[] = [];
  let current: { el: Element; text: string } | null = null;
  let idx: BullshitIndex | null = null;
  let tipHost: HTMLElement | null = null;
  let tipBox: HTMLElement | null = null;
  let fallbackLayer: HTMLElement | null = null;
  let sheet: CSSStyleSheet | null = null;
  let frame = 0;

  function ensureStyles() {
    if (!api || sheet) return;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
    }
  }

  function ensureTip(): HTMLElement {
    if (tipHost?.isConnected && tipBox) return tipBox;
    tipHost = doc.createElement(TOOLTIP_TAG);
    tipHost.setAttribute('data-otiose-host', '');
    const root = tipHost.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = TIP_CSS;
    tipBox = doc.createElement('div');
    tipBox.className = 'tip';
    tipBox.setAttribute('role', 'tooltip');
    tipBox.hidden = true;
    root.append(style, tipBox);
    doc.documentElement.append(tipHost);
    return tipBox;
  }

  function showTip(m: Marked, x: number, y: number) {
    const box = ensureTip();
    box.replaceChildren();
    const label = doc.createElement('span');
    label.className = 'label';
    label.textContent = 'Otiose translation · satire';
    const phrase = doc.createElement('span');
    phrase.className = 'phrase';
    phrase.textContent = `"${m.range.toString()}"`;
    box.append(label, phrase, doc.createTextNode(` ${m.span.translation}`));
    box.hidden = false;
    const left = Math.max(8, Math.min(x, innerWidth - 330));
    const top = y + 18 + 120 > innerHeight ? Math.max(8, y - 110) : y + 18;
    tipHost!.style.left = `${left}px`;
    tipHost!.style.top = `${top}px`;
  }
  const hideTip = () => {
    if (tipBox) tipBox.hidden = true;
  };

  function markAt(node: Node, offset: number): Marked | undefined {
    for (const m of marks) {
      try {
        if (m.range.isPointInRange(node, offset)) return m;
      } catch {
        // node from another document or detached: not ours
      }
    }
    return undefined;
  }

  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    const p = d.caretPositionFromPoint?.(x, y);
    if (p) return { node: p.offsetNode, offset: p.offset };
    const r = d.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  const onMove = (e: MouseEvent) => {
    if (frame) return;
    const { clientX: x, clientY: y } = e;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const c = caretAt(x, y);
      const m = c ? markAt(c.node, c.offset) : undefined;
      if (m) showTip(m, x, y);
      else hideTip();
    });
  };
  const onLeave = () => hideTip();
  const onSelection = () => {
    const sel = doc.getSelection();
    if (!sel || !sel.rangeCount || !current) return;
    const m = markAt(sel.anchorNode!, sel.anchorOffset);
    if (!m) return hideTip();
    const rect = m.range.getBoundingClientRect();
    showTip(m, rect.left, rect.bottom - 12);
  };

  function paint() {
    if (api) {
      ensureStyles();
      if (marks.length) api.set(HIGHLIGHT, new api.ctor(...marks.map((m) => m.range)));
      else api.delete(HIGHLIGHT);
      return;
    }
    // Fallback: boxes in a fixed layer of our own, redrawn on scroll and resize.
    fallbackLayer?.remove();
    fallbackLayer = null;
    if (!marks.length) return;
    const host = doc.createElement('otiose-autopsy-layer');
    host.setAttribute('data-otiose-host', '');
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483645;';
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = TIP_CSS.replace(':host {', ':host { inset: 0;');
    root.append(style);
    for (const m of marks) {
      for (const r of m.range.getClientRects()) {
        const b = doc.createElement('div');
        b.className = 'box';
        b.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
        root.append(b);
      }
    }
    doc.documentElement.append(host);
    fallbackLayer = host;
  }
  const repaintFallback = () => !api && marks.length && paint();

  function listen(el: Element | null, on: boolean) {
    if (!el) return;
    const f = on ? 'addEventListener' : 'removeEventListener';
    (el as HTMLElement)[f]('mousemove', onMove as EventListener, { passive: true } as AddEventListenerOptions);
    (el as HTMLElement)[f]('mouseleave', onLeave as EventListener);
  }

  function clear() {
    listen(current?.el ?? null, false);
    marks = [];
    current = null;
    idx = null;
    paint();
    hideTip();
    doc.removeEventListener('selectionchange', onSelection);
    removeEventListener('scroll', repaintFallback, true);
    removeEventListener('resize', repaintFallback);
    onChange(null);
  }

  return {
    update(el) {
      if (!el) {
        if (current) clear();
        return;
      }
      const { text, nodes, starts } = textOf(el);
      if (current && current.el === el && current.text === text) return;
      listen(current?.el ?? null, false);
      const spans = findPhrases(text, lexicon());
      marks = spans.map((span) => {
        const range = doc.createRange();
        const [sn, so] = locate(nodes, starts, span.start, false);
        const [en, eo] = locate(nodes, starts, span.end, true);
        range.setStart(sn, so);
        range.setEnd(en, eo);
        return { range, span };
      });
      current = { el, text };
      idx = bullshitIndex(text, spans);
      listen(el, true);
      doc.addEventListener('selectionchange', onSelection);
      if (!api) {
        addEventListener('scroll', repaintFallback, { passive: true, capture: true });
        addEventListener('resize', repaintFallback);
      }
      paint();
      onChange(idx);
    },
    clear,
    index: () => idx,
  };
}
