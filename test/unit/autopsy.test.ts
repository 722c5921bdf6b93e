// @vitest-environment node
// The autopsy engine: one pass, word boundaries, longest match first, positions into the
// original text, and never a throw.
import { describe, expect, it } from 'vitest';
import { bullshitIndex, compileLexicon, findPhrases, type LexiconEntry } from '../../lib/autopsy/engine';

const entry = (id: string, phrase: string, variants: string[] = []): LexiconEntry => ({ id, phrase, variants, translation: `${id} means trouble`, kind: 'culture' });
const lex = compileLexicon([
  entry('rockstar', 'rockstar', ['rock star', 'rockstars']),
  entry('team-player', 'team player', ['team players']),
  entry('fast-paced', 'fast-paced'),
  entry('fast-paced-environment', 'fast-paced environment', ['fast paced environment', 'fast-paced environments']),
  entry('prioritize', 'prioritize', ['prioritise', 'prioritizes']),
  entry('wear-many-hats', 'wear many hats', ['wears many hats']),
]);
const found = (text: string) => findPhrases(text, lex).map((s) => text.slice(s.start, s.end));

describe('findPhrases', () => {
  it('finds phrases case-insensitively, with their positions in the original text', () => {
    const text = 'We want a ROCKSTAR who can Wear Many Hats.';
    const spans = findPhrases(text, lex);
    expect(spans.map((s) => [s.start, s.end, s.phrase])).toEqual([
      [10, 18, 'rockstar'],
      [27, 41, 'wear many hats'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('a steam player and a team player')).toEqual(['team player']);
    expect(found("our rockstars' desks")).toEqual(['rockstars']);
    expect(found('rockstarship is not a word')).toEqual([]);
    expect(found('hyperfast-paced')).toEqual([]);
  });

  it('takes the longest phrase where phrases overlap', () => {
    expect(found('a fast-paced environment, fast-paced everything')).toEqual(['fast-paced environment', 'fast-paced']);
  });

  it('matches variants: inflection, hyphenation, British spelling, typographic dashes and apostrophes', () => {
    expect(found('fast paced environment; Fast‑paced environments; prioritise; prioritizes; rock star')).toEqual([
      'fast paced environment',
      'Fast‑paced environments',
      'prioritise',
      'prioritizes',
      'rock star',
    ]);
  });

  it('never throws and stays linear on a 100 KB description', () => {
    const big = ('We are a fast-paced environment looking for a team player. ' + 'x'.repeat(50)).repeat(900).slice(0, 100 * 1024);
    const spans = findPhrases(big, lex);
    expect(spans.length).toBeGreaterThan(1000);
    for (const input of ['', '\uD800', 'ñ'.repeat(10_000), null as unknown as string]) expect(() => findPhrases(input, lex)).not.toThrow();
  });
});

describe('bullshitIndex', () => {
  it('counts phrases per 100 words and names the worst three', () => {
    const text = 'A rockstar team player, a rockstar again, in a fast-paced environment. ' + 'word '.repeat(89);
    const idx = bullshitIndex(text, findPhrases(text, lex));
    expect(idx.found).toBe(4);
    expect(idx.words).toBe(100);
    expect(idx.per100).toBe(4);
    expect(idx.worst[0]).toMatchObject({ phrase: 'rockstar', count: 2 });
    expect(idx.worst).toHaveLength(3);
  });
});
