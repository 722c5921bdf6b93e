// Reads and validates every dossier file. Node only: used by the build (through the Vite plugin),
// the scripts and the tests. A malformed file stops everything with its path and the field named.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dossierSchema, type Dossier } from '../../data/schema';

const here = import.meta.dirname ?? (import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : join(process.cwd(), 'lib', 'dataset'));
export const DATA_DIR = join(here, '..', '..', 'data');
/** OTIOSE_DATA_DIR points the build, scripts and tests at another dataset folder (with the same
 *  dossiers/ and families/ layout), e.g. a small one for experiments. */
const ROOT = process.env.OTIOSE_DATA_DIR || DATA_DIR;
export const DOSSIER_DIRS = [join(ROOT, 'dossiers'), join(ROOT, 'families')];
/** The record the product was specified from: always first in the dataset. */
export const SEED_ID = 'staff-machine-learning-engineer';

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid dossier dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

/** Parses one file's text. Returns the dossier or the list of problems, each naming the field. */
export function parseDossierFile(file: string, source: string): { dossier?: Dossier; problems: string[] } {
  const name = relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (err) {
    return { problems: [`${name}: not valid JSON (${(err as Error).message})`] };
  }
  const result = dossierSchema.safeParse(raw);
  if (!result.success) {
    return { problems: result.error.issues.map((i) => `${name}: field ${formatPath(i.path)}: ${i.message}`) };
  }
  const expectedId = basename(file, '.json');
  if (result.data.id !== expectedId) {
    return { problems: [`${name}: field id: "${result.data.id}" must equal the file name "${expectedId}"`] };
  }
  return { dossier: result.data, problems: [] };
}

/** Cross-record rules: unique ids, related ids that exist, one family dossier per major group. */
export function checkDataset(dossiers: Dossier[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Dossier>();
  for (const d of dossiers) {
    if (byId.has(d.id)) problems.push(`${d.id}: field id: duplicate id`);
    byId.set(d.id, d);
  }
  for (const d of dossiers) {
    d.related.forEach((r, i) => {
      if (!byId.has(r.id)) problems.push(`${d.id}.json: field related[${i}].id: no dossier "${r.id}"`);
      if (r.id === d.id) problems.push(`${d.id}.json: field related[${i}].id: a dossier cannot relate to itself`);
    });
  }
  const families = new Map<string, string>();
  for (const d of dossiers.filter((x) => x.kind === 'family')) {
    const other = families.get(d.family);
    if (other) problems.push(`${d.id}.json: field family: group ${d.family} already has family dossier ${other}`);
    families.set(d.family, d.id);
  }
  return problems;
}

/** Loads the whole dataset, seed first, then families-last ordering by id. Throws DatasetError. */
export function loadDataset(dirs: string[] = DOSSIER_DIRS): Dossier[] {
  const problems: string[] = [];
  const dossiers: Dossier[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    } catch {
      continue; // a missing folder is simply empty
    }
    for (const f of files) {
      const file = join(dir, f);
      const { dossier, problems: p } = parseDossierFile(file, readFileSync(file, 'utf8'));
      problems.push(...p);
      if (dossier) dossiers.push(dossier);
    }
  }
  problems.push(...checkDataset(dossiers));
  if (problems.length) throw new DatasetError(problems);
  const rank = (d: Dossier) => (d.id === SEED_ID ? 0 : d.kind === 'specimen' ? 1 : 2);
  return dossiers.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}
