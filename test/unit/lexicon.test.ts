// @vitest-environment node
// The real JD-autopsy lexicon: big enough, valid, never reusing a translation, and behaving on
// real-looking job-description text.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASE_KINDS } from '../../data/lexicon-schema';
import { compileLexicon, findPhrases } from '../../lib/autopsy/engine';
import { loadLexicon } from '../../lib/dataset/lexicon';
import { DatasetError } from '../../lib/dataset/load';

const phrases = loadLexicon();
const lex = compileLexicon(phrases);
const found = (text: string) => findPhrases(text, lex).map((s) => s.phrase);

describe('the lexicon', () => {
  it('has 400+ phrases across every kind, each translation its own', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(400);
    for (const k of PHRASE_KINDS) expect(phrases.filter((p) => p.kind === k).length, k).toBeGreaterThanOrEqual(40);
    expect(new Set(phrases.map((p) => p.translation.toLowerCase())).size).toBe(phrases.length);
  });

  it('finds the phrases a real posting uses, with their variants, and not inside other words', () => {
    const jd = 'We are a Fast-Paced Environment looking for self-starters who can wear many hats and drive alignment across cross-functional stakeholders. Rockstars welcome.';
    const got = found(jd);
    for (const p of ['fast-paced environment', 'wear many hats']) expect(got).toContain(p);
    expect(got.length).toBeGreaterThanOrEqual(4);
    expect(found('a steam player')).toEqual([]);
  });

  it('fails loading on a malformed file, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otiose-lex-'));
    mkdirSync(dir, { recursive: true });
    for (const k of PHRASE_KINDS) writeFileSync(join(dir, `${k}.json`), JSON.stringify([{ id: `${k}-x`, phrase: `${k} phrase`, variants: [], translation: `what ${k} really means here` }]));
    writeFileSync(join(dir, 'pay.json'), JSON.stringify([{ id: 'bad', phrase: 'x', variants: [], translation: 'short' }]));
    expect(() => loadLexicon(dir)).toThrow(DatasetError);
    expect(() => loadLexicon(dir)).toThrow(/lexicon\/pay\.json: field 0\.phrase/);
  });
});
