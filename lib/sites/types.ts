// What a site adapter is: data about where a board keeps its titles, and nothing else. The
// scanner (lib/scanner) does all the work; adding a board is one new file and one registry line.

/** One way of finding a title, with the date it was last seen working on the live board. */
export interface Selector {
  css: string;
  seen: string;
}

/** A kind of title on the board (search card, details pane, ...). Its selectors are ordered
 *  fallbacks: the first that finds anything is used, so an old layout can stay listed safely. */
export interface TitleTarget {
  name: string;
  selectors: Selector[];
  /** Finds titles no selector can express (e.g. "the element whose text is the page's title").
   *  With `within` (the elements a page just added), only titles those could hold or reveal are
   *  wanted: the scanner reads the rest of the page only on a full scan. */
  find?: (doc: Document, within?: readonly Element[]) => Element[];
  /** Reads the title from the element; default: its visible text, whitespace collapsed. */
  read?: (el: Element) => string | null;
  /** Where the overlay goes: inside the title element at its end (default), or right after it
   *  (for links, where a click inside would navigate away). */
  place?: 'append' | 'after';
  /** This title heads the job description shown on the page (job view, details pane): its
   *  overlay carries the description's bullshit index. */
  describes?: boolean;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Hostnames this adapter owns (exact or as a suffix after a dot). */
  hosts: string[];
  /** Paths where titles are expected, for the popup's health line. */
  isJobPage(url: URL): boolean;
  targets: TitleTarget[];
  /** Where the job description is, for the JD autopsy (ordered fallbacks, dated). */
  description?: Selector[];
}

export function hostMatches(hostname: string, hosts: string[]): boolean {
  return hosts.some((h) => hostname === h || hostname.endsWith('.' + h));
}
