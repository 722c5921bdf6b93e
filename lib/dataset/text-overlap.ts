// Finds copied and near-copied writing across dossiers: the dataset's quality guard. A sentence
// may appear in one dossier only, and no two dossiers may share too much of their phrasing
// (a dossier rewritten with the nouns swapped shares most of its word sequences with the original).
import type { Dossier } from '../../data/schema';

/** Every piece of prose a dossier owns (titles, names and codes excluded). */
export function proseOf(d: Dossier): string[] {
  return [
    d.translation,
    ...d.habitat,
    d.salary.note,
    d.salary.quote,
    d.flightRisk.diagnosis,
    ...d.metrics.map((m) => m.description),
    ...d.weapons.map((w) => w.description),
    ...d.survival.map((s) => s.advice),
    ...d.autopsy.flatMap((a) => [a.illusion, a.translation]),
    ...d.day.map((e) => e.text),
    ...d.burnWard.map((q) => q.text),
    ...d.related.map((r) => r.line),
  ];
}

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

/** Sentences of at least `minWords` words, normalised for comparison. */
export function sentencesOf(text: string, minWords = 5): string[] {
  return text
    .split(/(?<=[.!?])\s+|\s+[-–—]\s+|;\s+/)
    .map((s) => words(s).join(' '))
    .filter((s) => s.split(' ').length >= minWords);
}

export interface SharedSentence {
  sentence: string;
  ids: string[];
}

/** Sentences that appear in more than one dossier. */
export function sharedSentences(dossiers: Dossier[]): SharedSentence[] {
  const owners = new Map<string, Set<string>>();
  for (const d of dossiers) {
    for (const s of proseOf(d).flatMap((p) => sentencesOf(p))) {
      let set = owners.get(s);
      if (!set) owners.set(s, (set = new Set()));
      set.add(d.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([sentence, ids]) => ({ sentence, ids: [...ids] }));
}

/** Word 4-grams of all a dossier's prose, as a set. */
export function shinglesOf(d: Dossier, n = 4): Set<string> {
  const out = new Set<string>();
  for (const p of proseOf(d)) {
    const w = words(p);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Share of the smaller dossier's 4-grams that the other also has. */
  overlap: number;
}

/** Dossier pairs whose phrasing overlaps more than `threshold`. */
export function similarPairs(dossiers: Dossier[], threshold: number): SimilarPair[] {
  const sets = dossiers.map((d) => ({ id: d.id, s: shinglesOf(d) }));
  // Index 4-grams to dossiers so only pairs sharing something are compared.
  const byGram = new Map<string, number[]>();
  sets.forEach(({ s }, i) => s.forEach((g) => (byGram.get(g) ?? byGram.set(g, []).get(g)!).push(i)));
  const shared = new Map<string, number>();
  for (const list of byGram.values()) {
    if (list.length > 40) continue; // stock phrases everyone uses ("one of the most") say nothing
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = `${list[x]}:${list[y]}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const out: SimilarPair[] = [];
  for (const [key, count] of shared) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    const overlap = count / Math.max(1, Math.min(sets[i]!.s.size, sets[j]!.s.size));
    if (overlap > threshold) out.push({ a: sets[i]!.id, b: sets[j]!.id, overlap });
  }
  return out.sort((p, q) => q.overlap - p.overlap);
}
