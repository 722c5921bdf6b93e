// "Copy diagnostics": what a bug report about a changed board needs, and nothing of the user's.
// The URL path (no query: it can hold searches), which targets found how many titles, and the
// tag-and-attribute skeleton of the page's main region with every piece of text removed:
// attribute values are kept only for structural hooks (class, role, data-testid, ...).
import type { SiteAdapter } from './types';

const KEEP_VALUES = /^(?:class|role|id|type|data-(?:testid|test|automation-id|view-name|sdui-screen|sdui-component|ui|qa|display-contents)|itemprop|itemtype)$/;
const MAX_DEPTH = 14;
const MAX_CHILDREN = 6;
const MAX_CHARS = 24_000;

function skeleton(el: Element, depth: number, out: string[]): void {
  if (out.join('\n').length > MAX_CHARS) return;
  const tag = el.localName;
  if (tag === 'script' || tag === 'style' || tag === 'svg' || el.hasAttribute('data-otiose-host') || tag === 'otiose-overlay' || tag === 'noscript') return;
  const attrs = [...el.attributes]
    .map((a) => (KEEP_VALUES.test(a.name) ? `${a.name}="${a.value.replace(/\d{4,}/g, '#').slice(0, 120)}"` : a.name))
    .join(' ');
  const kids = [...el.children];
  out.push(`${'  '.repeat(depth)}<${tag}${attrs ? ' ' + attrs : ''}>${kids.length > MAX_CHILDREN ? ` (${kids.length} children, first ${MAX_CHILDREN} shown)` : ''}`);
  if (depth >= MAX_DEPTH) return;
  for (const child of kids.slice(0, MAX_CHILDREN)) skeleton(child, depth + 1, out);
}

export function pageDiagnostics(doc: Document, url: URL, adapter: SiteAdapter | undefined, byTarget: Record<string, number>): string {
  const root = doc.querySelector('main, [role="main"], #main, #root') ?? doc.body;
  const lines: string[] = [];
  if (root) skeleton(root, 0, lines);
  return [
    'Otiose diagnostics (no text from the page is included)',
    `board: ${adapter?.name ?? 'none (structured data only)'}`,
    `path: ${url.pathname}`,
    `titles found per target: ${Object.entries(byTarget).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}`,
    `selectors tried: ${adapter?.targets.flatMap((t) => t.selectors.map((s) => `${s.css} (seen ${s.seen})`)).join(' | ') ?? '-'}`,
    'skeleton:',
    ...lines,
  ].join('\n');
}
