// The runtime matcher: exact lookup of a normalised title first, then token-weighted fuzzy scoring
// behind a minimum score, then the family fallback, then an explicit null. Never throws.
import { normalizeName, normalizeTitle, stem, type NormalizedSegment } from './normalize';
import type { DossierSummary, MatchIndex, TitleMatch } from './types';

/** Below this a fuzzy candidate is not shown: silence beats a confident wrong answer. */
export const MIN_FUZZY_SCORE = 0.62;
/** Family fallbacks score in [0.3, 0.55]; a specimen always outranks them. */
const FAMILY_BASE = 0.3;
/** Weight of a word the dataset never uses: most likely a team, place or product name. */
const UNKNOWN_WEIGHT = 1.2;
/** Heads that stand in for "manager" when no dossier names the role with them: a Marketing
 *  Director is the marketing manager's dossier, a little less surely. */
const MANAGER_LIKE = new Set(['director', 'head', 'supervisor', 'vp', 'superintendent']);
const MANAGER_LIKE_PENALTY = 0.92;
/** Words that make a string a job title even when no family keyword says which family. */
const GENERIC_HEADS = new Set([
  'specialist', 'associate', 'representative', 'officer', 'member', 'professional', 'liaison', 'generalist',
  'partner', 'consultant', 'lead', 'intern', 'trainee', 'worker', 'expert', 'executive', 'agent', 'manager',
  'director', 'coordinator', 'assistant', 'analyst', 'administrator', 'admin', 'supervisor', 'technician', 'engineer',
  'developer', 'scientist', 'designer', 'advisor', 'strategist', 'planner', 'marketer', 'operator', 'handler',
]);

interface Entry {
  dossier: number;
  tier: string;
  tokens: string[];
  head: string;
  weight: number;
}

export interface Matcher {
  match(title: unknown): TitleMatch | null;
  /** Search-as-you-type for the popup: the last word may be unfinished. */
  search(query: string, limit?: number): DossierSummary[];
  byId(id: string): DossierSummary | undefined;
  readonly dossiers: readonly DossierSummary[];
}

export function createMatcher(index: MatchIndex): Matcher {
  const dossiers = index.dossiers;
  const idToIndex = new Map(dossiers.map((d, i) => [d.id, i]));
  const exact = new Map<string, number>();
  const entries: Entry[] = [];
  const postings = new Map<string, number[]>();
  const df = new Map<string, Set<number>>();

  for (const [di, tier, joined] of index.names) {
    const tokens = joined.split(' ');
    const unique = [...new Set(tokens)];
    exact.set(tier + '|' + [...unique].sort().join(' '), di);
    const ei = entries.length;
    entries.push({ dossier: di, tier, tokens: unique, head: tokens[tokens.length - 1]!, weight: 0 });
    for (const t of unique) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(ei);
      let set = df.get(t);
      if (!set) df.set(t, (set = new Set()));
      set.add(di);
    }
  }
  const dossierCount = Math.max(1, dossiers.length);
  const weight = new Map<string, number>();
  for (const [t, set] of df) weight.set(t, Math.log(1 + dossierCount / set.size));
  for (const e of entries) e.weight = e.tokens.reduce((s, t) => s + weight.get(t)!, 0);

  // Typo tolerance: every vocabulary word of five letters or more, with one letter deleted.
  // A misspelt word is found by deleting letters from it too (one insertion, deletion,
  // substitution or swap away).
  const deletions = new Map<string, string>();
  for (const t of weight.keys()) {
    if (t.length < 5) continue;
    for (let i = 0; i < t.length; i++) {
      const d = t.slice(0, i) + t.slice(i + 1);
      if (!deletions.has(d)) deletions.set(d, t);
    }
  }
  const correct = (t: string): string => {
    if (weight.has(t) || t.length < 5 || t.length > 30) return t;
    // Verb and adverb forms are board chrome ("Promoted", "Viewed", "Actively hiring"), not typos
    // of a role word one letter away ("promoter").
    if (/(?:ed|ing|ly)$/.test(t)) return t;
    const direct = deletions.get(t);
    if (direct) return direct;
    for (let i = 0; i < t.length; i++) {
      const d = t.slice(0, i) + t.slice(i + 1);
      if (weight.has(d) && d.length >= 5) return d;
      const via = deletions.get(d);
      if (via) return via;
    }
    return t;
  };

  const familyKeywords = index.keywords.map(([di, joined]) => ({ dossier: di, tokens: joined.split(' ') }));
  // For titles no keyword places: which family's dossiers use each word, as shares.
  const familyDossier = new Map<string, number>();
  dossiers.forEach((d, i) => d.kind === 'family' && familyDossier.set(d.family, i));
  const wordFamilies = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const fam = dossiers[e.dossier]!.family;
    for (const t of e.tokens) {
      let m = wordFamilies.get(t);
      if (!m) wordFamilies.set(t, (m = new Map()));
      m.set(fam, (m.get(fam) ?? 0) + 1);
    }
  }

  const result = (di: number, score: number, via: TitleMatch['via']): TitleMatch => {
    const d = dossiers[di]!;
    return { id: d.id, title: d.title, score: Math.round(score * 1000) / 1000, level: d.kind, via, dossier: d };
  };

  function matchSegment(seg: NormalizedSegment, penalty: number): TitleMatch | null {
    const tokens = seg.tokens.map(correct);
    const key = [...new Set(tokens)].sort().join(' ');
    const tiers = seg.tiers;
    for (let i = 0; i <= tiers.length; i++) {
      const tier = tiers[i] ?? '';
      const di = exact.get(tier + '|' + key);
      if (di !== undefined) {
        const score = tiers.length === 0 || i === 0 ? 1 : tier ? 0.98 : 0.97;
        return result(di, score * penalty, 'exact');
      }
    }
    // Fuzzy: score every name sharing a word with the title.
    const q = new Set(tokens);
    let qWeight = 0;
    for (const t of q) qWeight += weight.get(t) ?? UNKNOWN_WEIGHT;
    const managerLike = !q.has('manager') && tokens.some((t) => MANAGER_LIKE.has(t));
    if (managerLike) q.add('manager');
    const seen = new Set<number>();
    let best: { entry: Entry; score: number; matched: number } | null = null;
    for (const t of q) {
      for (const ei of postings.get(t) ?? []) {
        if (seen.has(ei)) continue;
        seen.add(ei);
        const e = entries[ei]!;
        if (!q.has(e.head)) continue; // the role's head noun must be there: "engineer", "nurse"
        let matched = 0;
        for (const et of e.tokens) if (q.has(et)) matched += weight.get(et)!;
        const recall = matched / e.weight;
        const precision = Math.min(1, matched / qWeight);
        let score = 0.9 * recall * recall * (0.55 + 0.45 * precision);
        if (managerLike && e.head === 'manager') score *= MANAGER_LIKE_PENALTY;
        if (e.tier && tiers.includes(e.tier)) score += 0.04;
        else if (e.tier) score -= 0.08; // a staff-only name for a title that never said staff
        if (!best || score > best.score || (score === best.score && matched > best.matched)) {
          best = { entry: e, score, matched };
        }
      }
    }
    if (best && best.score * penalty >= MIN_FUZZY_SCORE) return result(best.entry.dossier, best.score * penalty, 'fuzzy');
    return null;
  }

  function matchFamily(segs: NormalizedSegment[]): TitleMatch | null {
    const votes = new Map<number, number>();
    for (const seg of segs) {
      const tokens = seg.tokens.map(correct);
      const head = tokens[tokens.length - 1];
      for (const k of familyKeywords) {
        const at = indexOfRun(tokens, k.tokens);
        if (at < 0) continue;
        const isHead = at + k.tokens.length === tokens.length && k.tokens.includes(head!);
        votes.set(k.dossier, (votes.get(k.dossier) ?? 0) + (isHead ? 2 : 1) * k.tokens.length);
      }
    }
    let best = -1;
    let bestVotes = 0;
    for (const [di, v] of votes) if (v > bestVotes) [best, bestVotes] = [di, v];
    if (best >= 0) return result(best, Math.min(0.55, FAMILY_BASE + 0.05 * bestVotes), 'family');
    return familyByVocabulary(segs);
  }

  /** Last resort for something that is plainly a job ("Product Development Intern", "Associate,
   *  Client Solutions") but names no family: the family whose dossiers use its words most. Only
   *  for strings with a seniority word or a generic job head, so "Northwind Logistics LLC" stays
   *  silent. */
  function familyByVocabulary(segs: NormalizedSegment[]): TitleMatch | null {
    const jobLike = segs.some((s) => s.tiers.length > 0 || s.tokens.some((t) => GENERIC_HEADS.has(t)));
    if (!jobLike) return null;
    const votes = new Map<string, number>();
    for (const t of new Set(segs.flatMap((s) => s.tokens.map(correct)))) {
      if (GENERIC_HEADS.has(t)) continue;
      const fams = wordFamilies.get(t);
      if (!fams) continue;
      let total = 0;
      for (const n of fams.values()) total += n;
      for (const [fam, n] of fams) votes.set(fam, (votes.get(fam) ?? 0) + (weight.get(t)! * n) / total);
    }
    let bestFam = '';
    let bestVote = 0;
    for (const [fam, v] of votes) if (v > bestVote) [bestFam, bestVote] = [fam, v];
    const di = familyDossier.get(bestFam);
    if (di === undefined || bestVote < 1) return null;
    return result(di, FAMILY_BASE, 'family');
  }

  function match(title: unknown): TitleMatch | null {
    try {
      const { segments } = normalizeTitle(title);
      let best: TitleMatch | null = null;
      segments.forEach((seg, i) => {
        // The first part and the whole title speak for the role; later parts are teams or places.
        const m = matchSegment(seg, i < 2 ? 1 : 0.94);
        if (m && (!best || m.score > best.score)) best = m;
      });
      return best ?? matchFamily(segments);
    } catch {
      return null; // a title the normaliser cannot read is a title we say nothing about
    }
  }

  function search(query: string, limit = 8): DossierSummary[] {
    const seg = normalizeName(query);
    if (!seg.tokens.length) return [];
    const raw = query.trim().toLowerCase();
    const last = stem(seg.tokens[seg.tokens.length - 1]!);
    const full = seg.tokens.slice(0, -1).map(correct);
    // The unfinished last word stands for every vocabulary word it begins.
    const lastOptions = new Set([correct(last)]);
    for (const t of weight.keys()) if (t.startsWith(last)) lastOptions.add(t);
    const scores = new Map<number, number>();
    entries.forEach((e) => {
      if (!full.every((t) => e.tokens.includes(t))) return;
      if (!e.tokens.some((t) => lastOptions.has(t))) return;
      const d = dossiers[e.dossier]!;
      let s = (full.length + 1) / e.tokens.length;
      if (d.title.toLowerCase().startsWith(raw)) s += 1;
      if (seg.tiers.length && seg.tiers.includes(e.tier)) s += 1; // "staff ml" wants the staff dossier
      if (d.kind === 'family') s -= 0.5;
      const prev = scores.get(e.dossier) ?? 0;
      if (s > prev) scores.set(e.dossier, s);
    });
    for (const d of dossiers) {
      const di = idToIndex.get(d.id)!;
      if (!scores.has(di) && d.title.toLowerCase().includes(raw)) scores.set(di, 0.5);
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || dossiers[a[0]]!.title.localeCompare(dossiers[b[0]]!.title))
      .slice(0, limit)
      .map(([di]) => dossiers[di]!);
  }

  return {
    match,
    search,
    byId: (id) => {
      const i = idToIndex.get(id);
      return i === undefined ? undefined : dossiers[i];
    },
    dossiers,
  };
}

function indexOfRun(tokens: string[], run: string[]): number {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}
