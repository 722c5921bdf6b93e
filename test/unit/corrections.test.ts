// Corrections: the user's choice for a normalised title wins over the matcher, everywhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { correctionKey, matchWithCorrections } from '../../lib/matching/corrections';
import { loadSettings, removeCorrection, setCorrection } from '../../lib/settings/settings';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
beforeEach(() => fakeBrowser.reset());

describe('correctionKey', () => {
  it('is shared by the variants of one title and differs by seniority tier', () => {
    expect(correctionKey('Sr. Data Engineer (Remote)')).toBe(correctionKey('Senior Data Engineer'));
    expect(correctionKey('Data Engineer - Hybrid')).toBe(correctionKey('DATA ENGINEER'));
    expect(correctionKey('Staff Data Engineer')).not.toBe(correctionKey('Data Engineer'));
  });
});

describe('matchWithCorrections', () => {
  it('returns the chosen dossier, or nothing, and the matcher otherwise', () => {
    const corrections: Record<string, { id: string | null }> = {
      [correctionKey('Data Engineer')]: { id: 'recruiter' },
      [correctionKey('Software Engineer')]: { id: null },
    };
    const match = matchWithCorrections(matcher, (k) => corrections[k]);
    expect(match('Data Engineer (Remote)')).toMatchObject({ id: 'recruiter', via: 'correction', score: 1 });
    expect(match('Software Engineer')).toBeNull();
    expect(match('Product Manager')?.id).toBe('product-manager');
  });

  it('ignores a correction to a dossier that no longer exists', () => {
    const match = matchWithCorrections(matcher, () => ({ id: 'retired-dossier' }));
    expect(match('Data Engineer')?.id).toBe('data-engineer');
  });
});

describe('stored corrections', () => {
  it('persist, can be undone, and survive a corrupt neighbour', async () => {
    await setCorrection('|data engineer', 'Data Engineer', 'recruiter');
    await setCorrection('|software engineer', 'Software Engineer', null);
    expect((await loadSettings()).corrections).toMatchObject({
      '|data engineer': { title: 'Data Engineer', id: 'recruiter' },
      '|software engineer': { id: null },
    });
    await removeCorrection('|data engineer');
    expect(Object.keys((await loadSettings()).corrections)).toEqual(['|software engineer']);
    const stored = (await fakeBrowser.storage.local.get('otiose.corrections'))['otiose.corrections'] as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ 'otiose.corrections': { ...stored, bad: { id: 42 }, '|x': 'nope', '|y': { title: 'Y', id: 'Not An Id' } } });
    expect(Object.keys((await loadSettings()).corrections)).toEqual(['|software engineer']);
  });
});
