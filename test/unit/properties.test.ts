// @vitest-environment node
// Property-based tests (fast-check): whatever string a page hands over, the normaliser, the
// matcher and the autopsy engine answer without throwing, within bounds, and consistently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicon, findPhrases } from '../../lib/autopsy/engine';
import { loadLexicon } from '../../lib/dataset/lexicon';
import { MAX_TITLE_CHARS, normalizeTitle } from '../../lib/matching/normalize';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
const lex = compileLexicon(loadLexicon());
// Titles and hostile text: any unicode, markup, separators, numbers, huge repeats.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'Sr. Staff ML Engineer II - (Remote) | $180K/yr <b>&amp; 🚀\u200B\u202E，：'.split('')), maxLength: 400 }),
  fc.tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n)),
);

describe('properties', () => {
  it('normalizeTitle never throws and never returns more than it was allowed to read', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { segments } = normalizeTitle(s);
        const chars = segments.reduce((n, seg) => n + seg.tokens.join(' ').length, 0);
        expect(chars).toBeLessThanOrEqual(MAX_TITLE_CHARS * 4);
      }),
      // Found by this property once: abbreviations expand, so "ml" repeated grew to 968 characters.
      { numRuns: 400, examples: [[' ml'.repeat(80)], ['sr ml eng '.repeat(30)]] },
    );
  });

  it('match never throws, and answers with a real dossier and a score in (0, 1] or null', () => {
    const ids = new Set(matcher.dossiers.map((d) => d.id));
    fc.assert(
      fc.property(anyText, (s) => {
        const m = matcher.match(s);
        if (m === null) return;
        expect(ids.has(m.id)).toBe(true);
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(matcher.match(s)).toEqual(m); // the same answer twice
      }),
      { numRuns: 400 },
    );
  });

  it('a known title keeps its dossier under any amount of trailing noise after a separator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        expect(matcher.match(`Registered Nurse - ${noise.replace(/[,|:;•·\-–—/@()]/g, ' ')}`)?.id).toBe('registered-nurse');
      }),
      { numRuns: 200 },
    );
  });

  it('findPhrases never throws, returns ordered, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const spans = findPhrases(s, lex);
        let last = 0;
        for (const sp of spans) {
          expect(sp.start).toBeGreaterThanOrEqual(last);
          expect(sp.end).toBeGreaterThan(sp.start);
          expect(sp.end).toBeLessThanOrEqual(s.length);
          last = sp.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});
