// Builds the compact match index at build time, from validated dossiers. The page receives only
// this: summaries for the overlay and pre-normalised names, never the zod runtime or full records.
import { SOC_MAJOR_GROUPS, type Dossier } from '../../data/schema';
import { cleanTitleText, normalizeName } from './normalize';
import type { DossierSummary, MatchIndex } from './types';

export function summarize(d: Dossier): DossierSummary {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    family: d.family,
    familyName: SOC_MAJOR_GROUPS[d.family],
    translation: d.translation,
    risk: d.flightRisk.percent,
    riskLevel: d.flightRisk.level,
    salary: d.salary.average,
    approximate: d.salary.approximate,
    metrics: d.metrics.slice(0, 3).map((m) => m.name),
  };
}

export interface NameCollision {
  key: string;
  name: string;
  ids: [string, string];
}

/** Builds the index. Names that normalise to the same key keep their first owner (titles are
 *  entered before aliases); every such collision is reported so the dataset test can fail on it. */
export function buildIndexWithReport(dossiers: Dossier[]): { index: MatchIndex; collisions: NameCollision[] } {
  const names: MatchIndex['names'] = [];
  const keywords: MatchIndex['keywords'] = [];
  const owner = new Map<string, number>();
  const collisions: NameCollision[] = [];
  const add = (di: number, name: string) => {
    const seg = normalizeName(name);
    if (!seg.tokens.length) return;
    const tier = seg.tiers[0] ?? '';
    const key = tier + '|' + [...new Set(seg.tokens)].sort().join(' ');
    const prev = owner.get(key);
    if (prev !== undefined) {
      if (prev !== di) collisions.push({ key, name, ids: [dossiers[prev]!.id, dossiers[di]!.id] });
      return;
    }
    owner.set(key, di);
    names.push([di, tier, seg.tokens.join(' ')]);
  };
  // Titles first, for every dossier, so a title always beats someone else's alias.
  dossiers.forEach((d, di) => d.kind === 'specimen' && add(di, stripParenthetical(d.title)));
  dossiers.forEach((d, di) => d.kind === 'specimen' && d.aliases.forEach((a) => add(di, a)));
  dossiers.forEach((d, di) => {
    for (const k of d.keywords ?? []) {
      const seg = normalizeName(k);
      if (seg.tokens.length) keywords.push([di, seg.tokens.join(' ')]);
    }
  });
  // Commonest first: spelling repair prefers the word the dataset uses most ("learning" over "leasing").
  const words = new Map<string, number>();
  for (const d of dossiers) {
    for (const name of [d.title, ...d.aliases, ...(d.keywords ?? [])]) {
      for (const w of cleanTitleText(name).toLowerCase().match(/[a-z]{4,}/g) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
    }
  }
  const byUse = [...words].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return { index: { v: 1, dossiers: dossiers.map(summarize), names, keywords, words: byUse }, collisions };
}

/** "QA Analyst (Manual Tester)": the bracket explains the title; it is not part of it. Both forms
 *  are entered so that either finds the dossier. */
function stripParenthetical(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || title;
}

export function buildIndex(dossiers: Dossier[]): MatchIndex {
  return buildIndexWithReport(dossiers).index;
}
