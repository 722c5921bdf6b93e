// Shapes shared by the build (which writes the index) and the page (which reads it).
import type { RiskLevel } from '../../data/schema';

/** What the overlay and the popup need of a dossier: small enough to ship to every page. */
export interface DossierSummary {
  id: string;
  title: string;
  kind: 'specimen' | 'family';
  family: string;
  familyName: string;
  translation: string;
  risk: number;
  riskLevel: RiskLevel;
  salary: number;
  approximate: boolean;
  metrics: string[];
}

export interface MatchIndex {
  v: 1;
  dossiers: DossierSummary[];
  /** [dossier index, seniority tier or '', normalised role tokens joined by spaces] */
  names: Array<[number, string, string]>;
  /** [family dossier index, normalised keyword tokens joined by spaces] */
  keywords: Array<[number, string]>;
  /** Every word (4+ letters) of the dataset's titles, aliases and keywords, for spelling repair,
   *  the most used first. */
  words: string[];
}

export interface TitleMatch {
  id: string;
  title: string;
  /** 0..1: 1 is an exact title or alias, lower is fuzzier. Family fallbacks stay below 0.6. */
  score: number;
  /** `specimen`: this role. `family`: only the closest family of work. */
  level: 'specimen' | 'family';
  /** How it was found, for the overlay's confidence line and for debugging. */
  via: 'exact' | 'fuzzy' | 'family' | 'correction';
  dossier: DossierSummary;
}
