// @vitest-environment node
// The matcher against the real dataset, table-driven: the right dossier, or silence.
import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
const SEED = 'staff-machine-learning-engineer';

describe('the seed record', () => {
  it.each([
    'Staff Machine Learning Engineer',
    'Staff ML Engineer, Ads',
    'Lead Machine Learning Scientist',
    'Principal AI Engineer',
    'ML Solutions Architect',
    'Senior Staff AI Specialist',
    'Sr. Staff ML Engineer II - Autonomy (Remote)',
    'STAFF MACHINE LEARNING ENGINEER',
    'Staff Machine-Learning Engineer (Hybrid)',
  ])('%s -> the seed', (title) => {
    expect(matcher.match(title)?.id).toBe(SEED);
  });
});

describe('specimens', () => {
  it.each([
    ['Machine Learning Engineer', 'machine-learning-engineer'],
    ['Senior Machine Learning Engineer', 'machine-learning-engineer'],
    ['ML Engineer II', 'machine-learning-engineer'],
    ['Software Engineer', 'software-engineer'],
    ['Senior Software Engineer - Developer Experience', 'software-engineer'],
    ['SWE II', 'software-engineer'],
    ['SDE III (Remote)', 'software-engineer'],
    ['Staff Software Engineer', 'staff-software-engineer'],
    ['Principal Software Engineer', 'staff-software-engineer'],
    ['Frontend Engineer (React)', 'frontend-engineer'],
    ['Sr. Backend Engineer', 'backend-engineer'],
    ['Full Stack Developer', 'full-stack-engineer'],
    ['Data Scientist II', 'data-scientist'],
    ['Senior Data Analyst - Marketing Analytics', 'data-analyst'],
    ['Data Engineer - Hybrid', 'data-engineer'],
    ['Product Manager, Growth', 'product-manager'],
    ['Senior PM', 'product-manager'],
    ['TPM', 'technical-program-manager'],
    ['SRE III', 'site-reliability-engineer'],
    ['DevOps Engineer (Remote)', 'devops-engineer'],
    ['UX Designer', 'ux-designer'],
    ['Product Designer', 'product-designer'],
    ['Engineering Manager, Infrastructure', 'engineering-manager'],
    ['Technical Recruiter (Contract)', 'technical-recruiter'],
    ['Recruiter', 'recruiter'],
    ['QA Engineer', 'qa-engineer'],
    ['SDET', 'sdet'],
    ['Software Development Engineer in Test (SDET)', 'sdet'],
    ['Enterprise Architect', 'enterprise-architect'],
    ['Lead Backend Data Procurement Analyst', 'lead-backend-data-procurement-analyst'],
    ['Registered Nurse - ICU Nights', 'registered-nurse'],
    ['Warehouse Associate - $19.50/hr', 'warehouse-associate'],
    ['Mechanical Engineer', 'mechanical-engineer'],
    ['Sales Associate', 'retail-sales-associate'],
    ['Softwre Engineer', 'software-engineer'],
    ['Data Scientst', 'data-scientist'],
  ])('%s -> %s', (title, id) => {
    const m = matcher.match(title);
    expect(m?.id).toBe(id);
    expect(m?.level).toBe('specimen');
  });
});

describe('silence where there is no job title', () => {
  it.each([
    'Easy Apply',
    'Promoted',
    'Remote',
    '$180K/yr - $240K/yr',
    '500 applicants',
    'Over 200 applicants',
    'Actively recruiting',
    'Be an early applicant',
    '1 week ago',
    'Viewed',
    'Save',
    'Full-time',
    'Hybrid',
    'Contract',
    '(Contract)',
    'Apply now',
    'See more jobs',
    '',
    '   ',
    'Show all',
    'New York, NY',
  ])('%j -> no match', (text) => {
    expect(matcher.match(text)).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws, and answers for a 100 KB title', () => {
    for (const input of [null, undefined, 7, {}, '\uD800', '<script>alert(1)</script>', '__proto__', 'constructor', 'x'.repeat(100_000)]) {
      expect(() => matcher.match(input)).not.toThrow();
    }
    const long = matcher.match('Data Engineer ' + 'lorem ipsum '.repeat(10_000));
    expect(long === null || typeof long.id === 'string').toBe(true);
  });

  it('ranks scores: exact above fuzzy above family', () => {
    const exact = matcher.match('Data Engineer')!;
    expect(exact.score).toBe(1);
    expect(exact.via).toBe('exact');
    const fuzzy = matcher.match('Data Engineer Baulkham Hills Warehouse Platform Squad');
    if (fuzzy) expect(fuzzy.score).toBeLessThan(1);
  });
});

describe('search (popup)', () => {
  it('finds roles by an unfinished word', () => {
    expect(matcher.search('staff machine').map((d) => d.id)).toContain(SEED);
    expect(matcher.search('recrui').map((d) => d.id)).toContain('recruiter');
  });
  it('ranks roles found by their own title above roles found through an alias sharing a word', () => {
    // "staff machine": the dishwasher's "Dish Machine Operator" shares the word; Machine Learning
    // Engineer says it in its title and must come first.
    const titled = matcher.search('staff machine', 8).map((d) => /machine/i.test(d.title));
    expect(titled.slice(0, 3)).toEqual([true, true, true]);
    expect(titled.lastIndexOf(true)).toBeLessThan(titled.indexOf(false));
  });
  it('returns nothing for nonsense', () => {
    expect(matcher.search('zzqxv')).toEqual([]);
  });
});
