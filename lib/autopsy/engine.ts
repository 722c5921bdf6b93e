// The JD-autopsy engine: finds every lexicon phrase in a text in one left-to-right pass over a
// character trie (never one regular expression per phrase), case-insensitively, on word
// boundaries, longest match first. Positions index the original text, so the page can build DOM
// ranges from them without touching a text node. Never throws.

export interface LexiconEntry {
  id: string;
  phrase: string;
  variants: string[];
  translation: string;
  kind: string;
}

export interface AutopsySpan {
  start: number;
  end: number;
  /** The lexicon phrase (canonical form), whichever variant the text used. */
  phrase: string;
  translation: string;
  kind: string;
  id: string;
}

/** A compiled trie: flat arrays so building it for ~1,000 strings costs a couple of milliseconds. */
export interface CompiledLexicon {
  children: Array<Map<number, number>>;
  /** Entry index ending at each node, or -1. */
  terminal: number[];
  entries: LexiconEntry[];
}

/** Folds one UTF-16 unit to the form phrases are stored in, keeping the text's length. */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32; // A-Z
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return 39; // curly apostrophes -> '
  if (code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014) return 45; // dashes -> -
  if (code === 0xa0 || code === 0x2009 || code === 0x202f) return 32; // no-break and thin spaces
  if (code < 128) return code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code).toUpperCase());

export function compileLexicon(entries: LexiconEntry[]): CompiledLexicon {
  const children: Array<Map<number, number>> = [new Map()];
  const terminal: number[] = [-1];
  entries.forEach((e, i) => {
    for (const form of [e.phrase, ...e.variants]) {
      let node = 0;
      const s = form.trim();
      for (let k = 0; k < s.length; k++) {
        const c = fold(s.charCodeAt(k));
        let next = children[node]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(-1);
          children[node]!.set(c, next);
        }
        node = next;
      }
      if (terminal[node] === -1) terminal[node] = i;
    }
  });
  return { children, terminal, entries };
}

/** Every phrase in `text`, left to right, non-overlapping, the longest at each position. */
export function findPhrases(text: string, lex: CompiledLexicon): AutopsySpan[] {
  const spans: AutopsySpan[] = [];
  if (typeof text !== 'string' || !text) return spans;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Phrases start at word starts only: "team player" never inside "steam player".
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    let node = 0;
    let bestEnd = -1;
    let bestEntry = -1;
    for (let j = i; j < n; j++) {
      const next = lex.children[node]!.get(fold(text.charCodeAt(j)));
      if (next === undefined) break;
      node = next;
      const t = lex.terminal[node]!;
      // ...and end at word ends: "rockstar" is not the start of "rockstars".
      if (t >= 0 && (j + 1 === n || !isWordChar(text.charCodeAt(j + 1)))) {
        bestEnd = j + 1;
        bestEntry = t;
      }
    }
    if (bestEntry >= 0) {
      const e = lex.entries[bestEntry]!;
      spans.push({ start: i, end: bestEnd, phrase: e.phrase, translation: e.translation, kind: e.kind, id: e.id });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return spans;
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

export interface BullshitIndex {
  /** Lexicon phrases per 100 words of the description. */
  per100: number;
  found: number;
  words: number;
  /** The three phrases that occur most (ties: first seen), with their translations. */
  worst: Array<{ phrase: string; translation: string; count: number }>;
}

export function bullshitIndex(text: string, spans: AutopsySpan[]): BullshitIndex {
  const words = countWords(text);
  const counts = new Map<string, { phrase: string; translation: string; count: number }>();
  for (const s of spans) {
    const c = counts.get(s.id) ?? { phrase: s.phrase, translation: s.translation, count: 0 };
    c.count++;
    counts.set(s.id, c);
  }
  const worst = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, 3);
  return { per100: words ? Math.round((spans.length / words) * 1000) / 10 : 0, found: spans.length, words, worst };
}
