// JD-autopsy benchmark: the one-pass trie against the obvious alternative, one regular expression
// per phrase (word-bounded, case-insensitive), on the same 2,000-word description in the same run.
import { compileLexicon, findPhrases, type LexiconEntry } from '../../lib/autopsy/engine';
import type { Phrase } from '../../data/lexicon-schema';

const FILLER = 'the team builds tools for customers and reviews the results with care every week while shipping small changes'.split(' ');

/** A 2,000-word description: ordinary prose with lexicon phrases sprinkled through it. */
export function sampleDescription(phrases: Phrase[], words = 2000): string {
  const out: string[] = [];
  let i = 0;
  while (out.length < words) {
    if (i % 23 === 0) out.push(...phrases[(i * 7) % phrases.length]!.phrase.split(' '));
    else out.push(FILLER[i % FILLER.length]!);
    i++;
  }
  return out.slice(0, words).join(' ') + '.';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function timeIt(fn: () => unknown, minMs = 400): number {
  fn();
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    n++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / n;
}

export function benchAutopsy(phrases: Phrase[]) {
  const entries: LexiconEntry[] = phrases;
  const text = sampleDescription(phrases);
  const lex = compileLexicon(entries);
  const found = findPhrases(text, lex).length;
  const oursMs = timeIt(() => findPhrases(text, lex));

  // The baseline: one regular expression per phrase and variant, each run over the whole text.
  const regexes = entries.flatMap((e) => [e.phrase, ...e.variants].map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'giu')));
  const naive = () => {
    let n = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
  const naiveFound = naive();
  const naiveMs = timeIt(naive);
  const compileMs = timeIt(() => compileLexicon(entries), 200);
  return {
    phrases: entries.length,
    words: 2000,
    found,
    naive_found: naiveFound,
    per_ms: Math.round(found / oursMs),
    naive_per_ms: Math.round((naiveFound / naiveMs) * 10) / 10,
    speedup: Math.round((naiveMs / oursMs) * 10) / 10,
    scan_ms_2000w: Math.round(oursMs * 1000) / 1000,
    naive_ms_2000w: Math.round(naiveMs * 100) / 100,
    compile_ms: Math.round(compileMs * 100) / 100,
  };
}
