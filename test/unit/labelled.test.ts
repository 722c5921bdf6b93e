// @vitest-environment node
// Accuracy on the project's own labelled set (test/fixtures/matching): at least 95% of messy
// posting titles go to the right dossier, and at least 98% of strings that are not titles, or are
// roles with no dossier, get no specific dossier. Speed is measured by `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { readLabelledSet, score } from '../../scripts/bench/match';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
const set = readLabelledSet();
const answer = (s: string) => {
  const m = matcher.match(s);
  return m ? { id: m.id, specimen: m.level === 'specimen' } : null;
};

describe('the labelled set', () => {
  it('is big enough to mean something', () => {
    expect(set.positives.length).toBeGreaterThanOrEqual(600);
    expect(set.negatives.length).toBeGreaterThanOrEqual(100);
    const ids = new Set(matcher.dossiers.map((d) => d.id));
    for (const p of set.positives) expect(ids.has(p.id), p.id).toBe(true);
  });

  it('is matched right at least 95% of the time, and left alone 98% of the time', () => {
    const { top1, nonePrecision } = score(set, answer);
    const wrong = set.positives.filter((p) => answer(p.title)?.id !== p.id).map((p) => `${p.title} -> ${answer(p.title)?.id ?? 'none'} (want ${p.id})`);
    expect(top1, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(nonePrecision).toBeGreaterThanOrEqual(0.98);
  });
});
