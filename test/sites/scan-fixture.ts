// Runs the real scanner over a saved page in happy-dom, with overlays reduced to their public
// contract (<otiose-overlay data-title data-dossier>), and returns what it annotated.
import { createScanner, HOST_ATTR } from '../../lib/scanner/scanner';
import { jsonLdTarget } from '../../lib/sites/jsonld';
import { adapterFor } from '../../lib/sites/registry';
import { loadMatcher } from '../../scripts/load-matcher';

export interface Annotated {
  title: string;
  dossier: string | null;
}

export function loadPage(html: string): void {
  // Saved pages reference the boards' scripts, styles and frames; nothing is fetched in tests.
  const inert = html
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>/gi, '')
    .replace(/<(iframe|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/@import[^;]+;/g, '');
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  document.documentElement.replaceChildren(...[...doc.documentElement.childNodes].map((n) => document.importNode(n, true)));
  document.title = doc.title;
}

export function scanPage(url: string): { annotated: Annotated[]; stop: () => void; rescan: () => Annotated[] } {
  const adapter = adapterFor(new URL(url));
  const matcher = loadMatcher();
  const targets = adapter ? [...adapter.targets, jsonLdTarget] : [jsonLdTarget];
  const scanner = createScanner({
    doc: document,
    targets: () => targets,
    match: (t) => matcher.match(t),
    mount: (title, m) => {
      const host = document.createElement('otiose-overlay');
      host.setAttribute(HOST_ATTR, '');
      const set = (t: string, mm: typeof m) => {
        host.setAttribute('data-title', t);
        if (mm) host.setAttribute('data-dossier', mm.id);
        else host.removeAttribute('data-dossier');
      };
      set(title, m);
      return { host, update: set, destroy: () => host.remove() };
    },
    schedule: (cb) => queueMicrotask(cb),
    budgetMs: Infinity,
  });
  scanner.start();
  const read = () =>
    [...document.querySelectorAll('otiose-overlay')].map((h) => ({ title: h.getAttribute('data-title') ?? '', dossier: h.getAttribute('data-dossier') }));
  return {
    annotated: read(),
    stop: () => scanner.stop(),
    rescan: () => {
      scanner.scanNow();
      return read();
    },
  };
}
