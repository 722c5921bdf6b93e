// @vitest-environment node
// The dataset: valid, complete, faithful to the seed, and written once (no copied sentences,
// no dossier that is another with the nouns swapped).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOC_MAJOR_GROUPS, type Dossier } from '../../data/schema';
import { DatasetError, loadDataset, SEED_ID } from '../../lib/dataset/load';
import { sharedSentences, similarPairs } from '../../lib/dataset/text-overlap';
import { buildIndexWithReport } from '../../lib/matching/build-index';
import { normalizeName } from '../../lib/matching/normalize';

const dossiers = loadDataset();
const specimens = dossiers.filter((d) => d.kind === 'specimen');
const families = dossiers.filter((d) => d.kind === 'family');
const byId = new Map(dossiers.map((d) => [d.id, d]));
/** Phrasing shared beyond this share of 4-word sequences means a dossier was rewritten, not written. */
const MAX_OVERLAP = 0.08;

describe('the dataset', () => {
  it('has the seed first, at least 250 specimens and one family per O*NET-SOC major group', () => {
    expect(dossiers[0]!.id).toBe(SEED_ID);
    expect(specimens.length).toBeGreaterThanOrEqual(250);
    expect(families.map((f) => f.family).sort()).toEqual(Object.keys(SOC_MAJOR_GROUPS).sort());
  });

  it('transcribes the seed faithfully', () => {
    const seed = byId.get(SEED_ID)!;
    expect(seed.title).toBe('Staff Machine Learning Engineer');
    expect(seed.source).toBe('seed');
    expect(seed.aliases).toEqual(['Lead Machine Learning Scientist', 'Principal AI Engineer', 'ML Solutions Architect', 'Senior Staff AI Specialist']);
    expect(seed.salary.average).toBe(190980);
    expect(seed.flightRisk).toMatchObject({ percent: 85, level: 'HIGH' });
    expect(seed.related.map((r) => [r.id, r.match])).toEqual([
      ['lead-backend-data-procurement-analyst', 98],
      ['enterprise-architect', 91],
      ['sdet', 84],
    ]);
    expect([seed.metrics.length, seed.weapons.length, seed.autopsy.length, seed.day.length, seed.burnWard.length]).toEqual([3, 3, 3, 3, 3]);
  });

  it('gives every specimen its sections in full', () => {
    for (const d of specimens) {
      expect.soft(d.autopsy.length, d.id).toBeGreaterThanOrEqual(3);
      expect.soft(d.day.length, d.id).toBeGreaterThanOrEqual(3);
      expect.soft(d.burnWard.length, d.id).toBeGreaterThanOrEqual(3);
      expect.soft(d.soc.length, d.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('lists at least 8 real variants for the commonest roles', () => {
    const common = ['software-engineer', 'data-scientist', 'data-analyst', 'data-engineer', 'product-manager', 'frontend-engineer', 'backend-engineer', 'full-stack-engineer', 'devops-engineer', 'recruiter', 'project-manager', 'business-analyst', 'registered-nurse', 'customer-service-representative', 'administrative-assistant', 'account-executive', 'marketing-manager', 'warehouse-associate', 'retail-sales-associate', 'teacher'];
    for (const id of common) expect.soft(byId.get(id)?.aliases.length ?? 0, id).toBeGreaterThanOrEqual(8);
  });

  it('never lets two dossiers claim the same title or alias', () => {
    const { collisions } = buildIndexWithReport(dossiers);
    expect(collisions.map((c) => `${c.name}: ${c.ids.join(' vs ')}`)).toEqual([]);
  });

  it('has no name that is a bare generic word, which would swallow other jobs\' titles', () => {
    // "Principal" alone would claim "Principal, Data Science"; "Manager" alone every manager.
    const generic = new Set(['manager', 'director', 'engineer', 'analyst', 'specialist', 'coordinator', 'consultant', 'technician', 'supervisor', 'representative', 'officer', 'executive', 'agent', 'admin', 'partner', 'member', 'worker', 'intern', 'trainee', 'operator', 'designer', 'scientist', 'associate', 'assistant', 'principal', 'lead', 'staff', 'head', 'chief', 'fellow']);
    const bare: string[] = [];
    for (const d of specimens) {
      for (const name of [d.title, ...d.aliases]) {
        const n = normalizeName(name);
        if (n.tiers.length === 0 && n.tokens.length === 1 && generic.has(n.tokens[0]!)) bare.push(`${d.id}: "${name}"`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('gives each family keyword to one family only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of families) {
      for (const k of f.keywords ?? []) {
        const key = normalizeName(k).tokens.join(' ');
        if (!key) clashes.push(`${k}: means nothing once normalised (${f.id})`);
        const prev = owner.get(key);
        if (prev && prev !== f.id) clashes.push(`${k}: ${prev} vs ${f.id}`);
        owner.set(key, f.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relates specimens that exist, with percentages that agree both ways', () => {
    const disagreements: string[] = [];
    for (const d of dossiers) {
      for (const r of d.related) {
        const back = byId.get(r.id)?.related.find((x) => x.id === d.id);
        if (back && Math.abs(back.match - r.match) > 10) disagreements.push(`${d.id} -> ${r.id} ${r.match}% but back ${back.match}%`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('labels the team-written burn ward as composites: no quote carries a real-looking attribution', () => {
    for (const d of dossiers.filter((x) => x.source === 'otiose')) {
      for (const q of d.burnWard) expect.soft(q.attribution, d.id).toBeUndefined();
    }
  });

  it('names no real company in its satire', () => {
    // "meta" only as the company, not the HTML meta tag or description.
    const companies = /\b(google|alphabet|amazon|aws|meta(?!\s+(?:tags?|descriptions?|data))|facebook|microsoft|apple|netflix|tesla|openai|uber|airbnb|walmart|target corp|ibm|oracle|deloitte|mckinsey|accenture|goldman|jpmorgan|twitter)\b/i;
    for (const d of dossiers.filter((x) => x.source === 'otiose')) {
      const prose = JSON.stringify({ ...d, id: '', title: '', question: '', aliases: [], related: d.related.map((r) => r.line), soc: [] });
      expect.soft(prose.match(companies)?.[0], d.id).toBeUndefined();
    }
  });
});

describe('no writing is reused', () => {
  it('shares no sentence between two dossiers', () => {
    expect(sharedSentences(dossiers).map((s) => `${s.ids.join(' + ')}: "${s.sentence}"`)).toEqual([]);
  });

  it('has no pair of dossiers that reads like the other with the nouns swapped', () => {
    expect(similarPairs(dossiers, MAX_OVERLAP).map((p) => `${p.a} ~ ${p.b}: ${(p.overlap * 100).toFixed(0)}%`)).toEqual([]);
  });

  it('catches a copied sentence and a nouns-swapped dossier (the guards can fail)', () => {
    const a = byId.get('software-engineer') ?? specimens[1]!;
    const copy: Dossier = { ...a, id: 'copy', salary: { ...a.salary, note: byId.get(SEED_ID)!.salary.note } };
    expect(sharedSentences([byId.get(SEED_ID)!, copy]).length).toBeGreaterThan(0);
    const swapped = JSON.parse(JSON.stringify(a).replace(/engineer/gi, 'plumber')) as Dossier;
    swapped.id = 'swapped';
    expect(similarPairs([a, swapped], MAX_OVERLAP).length).toBe(1);
  });
});

describe('a malformed dossier', () => {
  const dirWith = (file: string, content: string) => {
    const root = mkdtempSync(join(tmpdir(), 'otiose-bad-'));
    mkdirSync(join(root, 'dossiers'));
    writeFileSync(join(root, 'dossiers', file), content);
    return [join(root, 'dossiers')];
  };
  const seedText = readFileSync(join(import.meta.dirname, '../../data/dossiers/staff-machine-learning-engineer.json'), 'utf8');

  it('fails naming the file and the field', () => {
    const bad = JSON.parse(seedText);
    bad.salary.average = 'a lot';
    bad.related = [];
    const dirs = dirWith('staff-machine-learning-engineer.json', JSON.stringify(bad));
    expect(() => loadDataset(dirs)).toThrow(DatasetError);
    try {
      loadDataset(dirs);
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('staff-machine-learning-engineer.json: field salary.average');
      expect(msg).toContain('field related');
    }
  });

  it('fails naming the file when the JSON does not parse', () => {
    expect(() => loadDataset(dirWith('broken.json', '{"id": "broken",'))).toThrow(/broken\.json: not valid JSON/);
  });

  it('fails when the level disagrees with the percent, and when the id is not the file name', () => {
    const bad = JSON.parse(seedText);
    bad.flightRisk.level = 'LOW';
    expect(() => loadDataset(dirWith('staff-machine-learning-engineer.json', JSON.stringify(bad)))).toThrow(/field flightRisk\.level/);
    expect(() => loadDataset(dirWith('another-name.json', seedText))).toThrow(/another-name\.json: field id/);
  });
});
