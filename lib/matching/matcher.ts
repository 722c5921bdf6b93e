// The runtime matcher: exact lookup of a normalised title first, then token-weighted fuzzy scoring
// behind a minimum score, then the family fallback, then an explicit null. Never throws.
import { cleanTitleText, normalizeName, normalizeTitle, stem, type NormalizedSegment } from './normalize';
import type { DossierSummary, MatchIndex, TitleMatch } from './types';

/** Below this a fuzzy candidate is not shown: silence beats a confident wrong answer. */
export const MIN_FUZZY_SCORE = 0.62;
/** Family fallbacks score in [0.3, 0.55]; a specimen always outranks them. */
const FAMILY_BASE = 0.3;
/** Weight of a word the dataset never uses: most likely a team, place or product name. */
const UNKNOWN_WEIGHT = 1.2;
const ONE_WORD_UNKNOWN_WEIGHT = 2.5;
/** Heads that stand in for "manager" when no dossier names the role with them: a Marketing
 *  Director is the marketing manager's dossier, a little less surely. */
// "Team Leader" and a trailing "Lead" ("Customer Success Lead") run the team as a manager does.
const MANAGER_LIKE = new Set(['director', 'head', 'supervisor', 'vp', 'superintendent', 'leader', 'lead']);
const MANAGER_LIKE_PENALTY = 0.92;
const MAX_ROLE_TOKENS = 12;
/** Board chrome that looks enough like a title to fool a fuzzy reading: counts of applicants and
 *  skills, social-network nouns, and anything that starts with "my", "your" or "our". */
const UI_TEXT = /\b(?:applicants?|followers|connections|alumni|notifications?|cookies)\b|\bmore skills\b|^\s*(?:my|your|our)\b/i;
/** Words that make a string a job title even when no family keyword says which family. */
const GENERIC_HEADS = new Set([
  'specialist', 'associate', 'representative', 'officer', 'member', 'professional', 'liaison', 'generalist',
  'partner', 'consultant', 'lead', 'intern', 'trainee', 'worker', 'expert', 'executive', 'agent', 'manager',
  'director', 'coordinator', 'assistant', 'analyst', 'administrator', 'admin', 'supervisor', 'technician', 'engineer',
  'developer', 'scientist', 'designer', 'advisor', 'strategist', 'planner', 'marketer', 'operator', 'handler',
  'attendant', 'helper', 'inspector', 'investigator', 'processor', 'finisher', 'captain', 'controller', 'clerk',
  'aide', 'installer', 'mechanic', 'driver', 'laborer', 'tech', 'coach', 'leader', 'trainer', 'banker', 'moderator',
  'reviewer', 'tester',
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
  const df = new Map<string, Set<number>>();

  for (const [di, tier, joined] of index.names) {
    const tokens = joined.split(' ');
    const unique = [...new Set(tokens)];
    exact.set(tier + '|' + [...unique].sort().join(' '), di);
    entries.push({ dossier: di, tier, tokens: unique, head: tokens[tokens.length - 1]!, weight: 0 });
    for (const t of unique) {
      let set = df.get(t);
      if (!set) df.set(t, (set = new Set()));
      set.add(di);
    }
  }
  // Every word any name of a dossier uses: a title's extra words that the same dossier knows
  // ("Labor & Delivery" for the nurse) are explained, not noise.
  const dossierWords = new Map<number, Set<string>>();
  for (const e of entries) {
    let set = dossierWords.get(e.dossier);
    if (!set) dossierWords.set(e.dossier, (set = new Set()));
    for (const t of e.tokens) set.add(t);
  }
  // Names listed by their head noun, and the families whose dossiers use each word as a head.
  const byHead = new Map<string, number[]>();
  const headFamilies = new Map<string, Set<string>>();
  entries.forEach((e, ei) => {
    let list = byHead.get(e.head);
    if (!list) byHead.set(e.head, (list = []));
    list.push(ei);
    let set = headFamilies.get(e.head);
    if (!set) headFamilies.set(e.head, (set = new Set()));
    set.add(dossiers[e.dossier]!.family);
  });
  const dossierCount = Math.max(1, dossiers.length);
  const weight = new Map<string, number>();
  for (const [t, set] of df) weight.set(t, Math.log(1 + dossierCount / set.size));
  for (const e of entries) e.weight = e.tokens.reduce((s, t) => s + weight.get(t)!, 0);

  // Spelling repair, at the level of the words people type ("Enginering", "Practioner"), before
  // the normaliser's phrase rules run. Dataset words of five letters or more are bucketed by first
  // letter and length; a candidate must keep the first letter and be one edit away, so real words
  // near a role word ("Roofer" / "Proofer", "Wireman" / "Fireman") are left alone. Buckets, not a
  // deletion index: a few thousand strings instead of tens of thousands in every page.
  // Since neither the first nor the last letter may change, candidates share both: buckets keyed
  // by first letter, last letter and length hold a handful of words each.
  const rank = new Map(index.words.map((w, i) => [w, i]));
  const buckets = new Map<string, string[]>();
  for (const w of index.words) {
    if (w.length < 5) continue;
    const key = w[0]! + w[w.length - 1]! + w.length;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(w);
  }
  const repaired = new Map<string, string>();
  const repairWord = (w: string): string => {
    if (w.length < 5 || w.length > 30 || rank.has(w)) return w;
    const known = repaired.get(w);
    if (known !== undefined) return known;
    // Every word one edit away qualifies; the one the dataset uses most wins.
    let out = w;
    let best = Infinity;
    for (const len of [w.length, w.length + 1, w.length - 1]) {
      for (const c of buckets.get(w[0]! + w[w.length - 1]! + len) ?? []) {
        // An edit in the last letter is grammar, not a typo: "Promoted" is no "Promoter", "Manage" no "Manager".
        if (c.slice(0, -1) === w.slice(0, -1) || c.slice(0, -1) === w || w.slice(0, -1) === c) continue;
        const r = rank.get(c)!;
        if (r < best && withinOneEdit(w, c)) {
          out = c;
          best = r;
        }
      }
    }
    if (repaired.size > 2000) repaired.clear(); // place and team names recur on a page; bound the memory
    repaired.set(w, out);
    return out;
  };
  // Only the start of a title names the role; the rest (teams, places, a hostile page's filler)
  // is left as it is.
  const REPAIR_CHARS = 120;
  // A word in capitals in a title that is not all capitals is an acronym ("SCADA Engineer"), not
  // a misspelling: it stays as it is.
  const repairSpelling = (title: string): string => {
    const head = title.slice(0, REPAIR_CHARS);
    const shouting = head === head.toUpperCase();
    const fixed = head.replace(/[A-Za-z]{5,}/g, (w) => (!shouting && w === w.toUpperCase() ? w : repairWord(w.toLowerCase())));
    return (fixed + title.slice(REPAIR_CHARS)).toLowerCase();
  };

  // Family keywords by their first word, so a title is checked only against keywords that could
  // start at one of its words.
  const keywordsByFirst = new Map<string, Array<{ dossier: number; tokens: string[] }>>();
  for (const [di, joined] of index.keywords) {
    const tokens = joined.split(' ');
    let list = keywordsByFirst.get(tokens[0]!);
    if (!list) keywordsByFirst.set(tokens[0]!, (list = []));
    list.push({ dossier: di, tokens });
  }
  // For titles no keyword places: which family's dossiers use each word, as shares.
  const familyDossier = new Map<string, number>();
  dossiers.forEach((d, i) => d.kind === 'family' && familyDossier.set(d.family, i));
  // Built on first use: most pages never need the vocabulary fallback.
  let wordFamilies: Map<string, Map<string, number>> | null = null;
  const familiesOf = (t: string) => {
    if (!wordFamilies) {
      wordFamilies = new Map();
      for (const e of entries) {
        const fam = dossiers[e.dossier]!.family;
        for (const tok of e.tokens) {
          let m = wordFamilies.get(tok);
          if (!m) wordFamilies.set(tok, (m = new Map()));
          m.set(fam, (m.get(fam) ?? 0) + 1);
        }
      }
    }
    return wordFamilies.get(t);
  };

  const result = (di: number, score: number, via: TitleMatch['via']): TitleMatch => {
    const d = dossiers[di]!;
    return { id: d.id, title: d.title, score: Math.round(score * 1000) / 1000, level: d.kind, via, dossier: d };
  };

  type Scored = { match: TitleMatch; specificity: number };
  const better = (a: Scored, b: Scored | null) =>
    !b || a.match.score > b.match.score || (a.match.score === b.match.score && a.specificity > b.specificity);

  /** No fuzzy score reaches this (0.9 at best, plus the 0.04 tier bonus): once a reading has
   *  scored above it, the other readings can only tie or win by an exact lookup. */
  const FUZZY_CEILING = 0.94;

  function matchSegment(seg: NormalizedSegment, penalty: number, exactOnly = false): Scored | null {
    // No real title has more than a dozen role words; past that it is page text, and the cost of
    // reading it stays bounded.
    const tokens = seg.tokens.length > MAX_ROLE_TOKENS ? seg.tokens.slice(0, MAX_ROLE_TOKENS) : seg.tokens;
    const unique = [...new Set(tokens)];
    const key = [...unique].sort().join(' ');
    const tiers = seg.tiers;
    for (let i = 0; i <= tiers.length; i++) {
      const tier = tiers[i] ?? '';
      const di = exact.get(tier + '|' + key);
      if (di !== undefined) {
        const score = tiers.length === 0 || i === 0 ? 1 : tier ? 0.98 : 0.97;
        return { match: result(di, score * penalty, 'exact'), specificity: unique.length };
      }
    }
    if (exactOnly) return null;
    // Fuzzy: score every name sharing a word with the title.
    const q = new Set(tokens);
    let qWeight = 0;
    let unknown = 0;
    for (const t of q) {
      const w = weight.get(t);
      qWeight += w ?? UNKNOWN_WEIGHT;
      if (w === undefined) unknown++;
    }
    // For a one-word name whose word heads jobs in more than one family ("Architect" builds
    // buildings or software), a word the dataset has never seen ("Snowflake Architect") is as
    // likely to change the job as any rare word: it weighs as much. "Taxi Dispatcher" stays one.
    const qWeightAmbiguous = qWeight + unknown * (ONE_WORD_UNKNOWN_WEIGHT - UNKNOWN_WEIGHT);
    const managerLike = !q.has('manager') && tokens.some((t) => MANAGER_LIKE.has(t));
    if (managerLike) q.add('manager');
    let best: { entry: Entry; score: number; matched: number } | null = null;
    // Only names whose head noun the title has can match ("engineer", "nurse"): they are listed
    // by head, so the thousands of names that merely share a word are never looked at.
    for (const t of q) {
      for (const ei of byHead.get(t) ?? []) {
        const e = entries[ei]!;
        // A one-word name that carries a level ("Assistant Principal", "Staff Nurse") stands for
        // that level of the job: a title must say the level to be read fuzzily as it.
        if (e.tokens.length === 1 && e.tier && !tiers.includes(e.tier)) continue;
        // A later part (employer, place, team) is read loosely only as a name of two words or
        // more: "Caterpillar Dealer" after a mechanic's title is no casino Dealer, and "District
        // Attorney's Office" no Attorney.
        if (e.tokens.length === 1 && !seg.primary) continue;
        let matched = 0;
        for (const et of e.tokens) if (q.has(et)) matched += weight.get(et)!;
        const recall = matched / e.weight;
        if (0.9 * recall * recall < MIN_FUZZY_SCORE) continue; // cannot reach the minimum: skip the rest
        let explained = matched;
        const known = dossierWords.get(e.dossier)!;
        for (const t of q) if (!e.tokens.includes(t) && known.has(t)) explained += weight.get(t) ?? 0;
        const precision = Math.min(1, explained / qWeight);
        // A one-word name ("Controller") may not claim a title that says much more
        // ("Air Traffic Controller"): that is another job with the same head noun.
        if (e.tokens.length === 1 && explained / ((headFamilies.get(e.head)?.size ?? 1) > 1 ? qWeightAmbiguous : qWeight) < 0.7) continue;
        let score = 0.9 * recall * recall * (0.55 + 0.45 * precision);
        if (managerLike && e.head === 'manager') score *= MANAGER_LIKE_PENALTY;
        if (e.tier && tiers.includes(e.tier)) score += 0.04;
        else if (e.tier) score -= 0.08; // a staff-only name for a title that never said staff
        if (!best || score > best.score || (score === best.score && matched > best.matched)) {
          best = { entry: e, score, matched };
        }
      }
    }
    if (best && best.score * penalty >= MIN_FUZZY_SCORE) {
      return { match: result(best.entry.dossier, best.score * penalty, 'fuzzy'), specificity: best.entry.tokens.length };
    }
    return null;
  }

  function matchFamily(segs: NormalizedSegment[]): TitleMatch | null {
    const votes = new Map<number, number>();
    const jobLike = isJobLike(segs);
    for (const seg of segs) {
      const tokens = seg.tokens.slice(0, MAX_ROLE_TOKENS);
      const head = tokens[tokens.length - 1];
      const seenKeyword = new Set<string[]>();
      for (let at = 0; at < tokens.length; at++) {
        for (const k of keywordsByFirst.get(tokens[at]!) ?? []) {
          if (seenKeyword.has(k.tokens) || !k.tokens.every((t, j) => tokens[at + j] === t)) continue;
          seenKeyword.add(k.tokens);
          const isHead = at + k.tokens.length === tokens.length && k.tokens.includes(head!);
          // "Bluefin Analytics, Inc." names a field, not a job: a keyword that is not the head
          // counts only in a string that is plainly a job title.
          if (!isHead && !jobLike) continue;
          votes.set(k.dossier, (votes.get(k.dossier) ?? 0) + (isHead ? 2 : 1) * k.tokens.length);
        }
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
    if (!isJobLike(segs)) return null;
    const votes = new Map<string, number>();
    for (const t of new Set(segs.flatMap((s) => s.tokens))) {
      if (GENERIC_HEADS.has(t)) continue;
      const fams = familiesOf(t);
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

  function matchText(title: string): TitleMatch | null {
    if (UI_TEXT.test(title)) return null;
    const { segments } = normalizeTitle(title);
    let best: Scored | null = null;
    for (const seg of segments) {
      // The role's own readings count in full; later parts are teams or places.
      const m = matchSegment(seg, seg.primary ? 1 : 0.94, !!best && best.match.score > FUZZY_CEILING);
      // The role's readings come shortest first (the first part, then the whole, then "Nurse,
      // Licensed Practical" turned round): on a full tie the later one has read more of the title.
      const tie = m && best && seg.primary && m.match.score === best.match.score && m.specificity === best.specificity;
      if (m && (better(m, best) || tie)) best = m;
    }
    return best?.match ?? matchFamily(segments);
  }

  function match(title: unknown): TitleMatch | null {
    if (typeof title !== 'string') return null;
    try {
      const first = matchText(title);
      if (first?.via === 'exact') return first;
      const repaired = repairSpelling(cleanTitleText(title));
      if (repaired === cleanTitleText(title).toLowerCase()) return first;
      const second = matchText(repaired);
      // A repaired word may only find a specific role: "Message" must not become a masseur's family.
      if (!second || second.level !== 'specimen') return first;
      // A repaired spelling is a little less sure than one typed right.
      const fixed = { ...second, score: Math.round(second.score * 0.97 * 1000) / 1000 };
      if (!first || (fixed.level === 'specimen' && (first.level === 'family' || fixed.score > first.score))) return fixed;
      return first;
    } catch {
      return null; // a title the normaliser cannot read is a title we say nothing about
    }
  }

  const ownTitleTokens = new Map<number, Set<string>>();
  const titleTokens = (di: number) => {
    let set = ownTitleTokens.get(di);
    if (!set) ownTitleTokens.set(di, (set = new Set(normalizeName(dossiers[di]!.title).tokens)));
    return set;
  };

  function search(query: string, limit = 8): DossierSummary[] {
    const seg = normalizeName(query);
    if (!seg.tokens.length) return [];
    const raw = query.trim().toLowerCase();
    const last = stem(seg.tokens[seg.tokens.length - 1]!);
    const full = seg.tokens.slice(0, -1);
    // The unfinished last word stands for every vocabulary word it begins.
    const lastOptions = new Set([last]);
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
    // A dossier found by its own title ranks above one found through an alias that shares a
    // word: "machine" lists Machine Learning Engineer before the dishwasher's Dish Machine Operator.
    for (const [di, s] of scores) {
      const own = titleTokens(di);
      if (full.every((t) => own.has(t)) && [...own].some((t) => lastOptions.has(t))) scores.set(di, s + 0.3);
    }
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

/** A generic job head ("Associate", "Specialist") or an intern/junior tier says "this is a job". */
function isJobLike(segs: NormalizedSegment[]): boolean {
  return segs.some((s) => s.tiers.includes('intern') || s.tiers.includes('junior') || s.tokens.some((t) => GENERIC_HEADS.has(t)));
}


/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
