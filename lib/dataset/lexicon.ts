// Loads and validates the JD-autopsy lexicon (data/lexicon/<kind>.json). Node only, like load.ts:
// a malformed file stops the build with the file and field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFileSchema, PHRASE_KINDS, type Phrase } from '../../data/lexicon-schema';
import { DATA_DIR, DatasetError } from './load';

export function loadLexicon(dir = process.env.OTIOSE_LEXICON_DIR || join(DATA_DIR, 'lexicon')): Phrase[] {
  const problems: string[] = [];
  const phrases: Phrase[] = [];
  for (const kind of PHRASE_KINDS) {
    const file = join(dir, `${kind}.json`);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`lexicon/${kind}.json: not readable JSON (${(err as Error).message})`);
      continue;
    }
    const r = lexiconFileSchema.safeParse(raw);
    if (!r.success) {
      for (const i of r.error.issues) problems.push(`lexicon/${kind}.json: field ${i.path.join('.')}: ${i.message}`);
      continue;
    }
    for (const p of r.data) phrases.push({ ...p, phrase: p.phrase.toLowerCase(), variants: p.variants.map((v) => v.toLowerCase()), kind });
  }
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  const translations = new Map<string, string>();
  for (const p of phrases) {
    if (ids.has(p.id)) problems.push(`lexicon/${p.kind}.json: field id: duplicate "${p.id}"`);
    ids.add(p.id);
    for (const f of [p.phrase, ...p.variants]) {
      const other = forms.get(f);
      if (other && other !== p.id) problems.push(`lexicon/${p.kind}.json: ${p.id}: "${f}" is also ${other}'s`);
      forms.set(f, p.id);
    }
    const t = p.translation.toLowerCase();
    if (translations.has(t)) problems.push(`lexicon/${p.kind}.json: ${p.id}: translation reused from ${translations.get(t)}`);
    translations.set(t, p.id);
  }
  if (problems.length) throw new DatasetError(problems);
  return phrases;
}
