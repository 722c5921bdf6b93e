// Any careers page: schema.org JobPosting blocks in <script type="application/ld+json">. They come
// bare, in arrays, inside "@graph", with "http:\/\/schema.org" escapes and titles that begin with a
// space; some sit at the end of <body>. The overlay goes on the visible heading that carries the
// title, never on the script.
import { visibleText } from './read-text';
import type { TitleTarget } from './types';

const parsed = new WeakMap<Element, { text: string; titles: string[] }>();

function isJobPosting(node: Record<string, unknown>): boolean {
  const t = node['@type'];
  return t === 'JobPosting' || (Array.isArray(t) && t.includes('JobPosting'));
}

function collect(node: unknown, out: string[], depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 6) return;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 50)) collect(n, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if (isJobPosting(obj)) {
    const title = typeof obj.title === 'string' ? obj.title : typeof obj.name === 'string' ? obj.name : '';
    const clean = decodeEntities(title).replace(/\s+/g, ' ').trim();
    if (clean) out.push(clean);
  }
  if (obj['@graph']) collect(obj['@graph'], out, depth + 1);
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e] ?? _);
}

/** Titles of every JobPosting on the page. Each script is parsed once, again only if it changes. */
export function jobPostingTitles(doc: Document): string[] {
  const titles: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    let cached = parsed.get(script);
    if (!cached || cached.text !== text) {
      const found: string[] = [];
      try {
        collect(JSON.parse(text), found);
      } catch {
        // Malformed JSON-LD is common; it simply holds no title for us.
      }
      parsed.set(script, (cached = { text, titles: found }));
    }
    titles.push(...cached.titles);
  }
  return titles;
}

/** Hidden by CSS (a sticky clone, a collapsed template)? Where layout is unknown (tests), assume shown. */
function isShown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function findJsonLdHeadings(doc: Document): Element[] {
  const titles = jobPostingTitles(doc).map(fold);
  if (!titles.length) return [];
  const out: Element[] = [];
  for (const title of new Set(titles)) {
    // Prefer the page's main heading; accept a heading that starts with the title
    // ("Senior Engineer - Berlin") when none says exactly the title.
    let loose: Element | undefined;
    // h1 first: the page's own heading beats a sticky header's or a teaser's copy of the title.
    const headings = [...doc.querySelectorAll('h1'), ...doc.querySelectorAll('h2, h3, [role="heading"]')];
    for (const h of headings) {
      if (h.closest('[hidden], [aria-hidden="true"], otiose-overlay, [data-otiose-host]') || !isShown(h)) continue;
      const text = fold(visibleText(h));
      if (text === title) {
        loose = undefined;
        out.push(h);
        break;
      }
      if (!loose && text.length < title.length + 60 && text.startsWith(title)) loose = h;
    }
    if (loose) out.push(loose);
  }
  return out;
}

export const jsonLdTarget: TitleTarget = {
  name: 'schema.org JobPosting',
  selectors: [],
  find: findJsonLdHeadings,
};
