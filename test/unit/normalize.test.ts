// @vitest-environment node
// The normaliser, table-driven: what a board prints -> the role tokens and seniority it means.
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, normalizeName, normalizeTitle } from '../../lib/matching/normalize';

const first = (title: string) => normalizeTitle(title).segments[0];

describe('normalizeTitle', () => {
  it.each([
    // [input, role tokens of the first segment, seniority tiers]
    ['Sr. Staff ML Engineer II - Autonomy (Remote)', 'machine learning engineer', ['staff', 'senior']],
    ['SENIOR DATA SCIENTIST - NYC', 'data scientist', ['senior']],
    ['Software Engineer (Req #R-12345)', 'software engineer', []],
    ['Software Engineer - R0042117', 'software engineer', []],
    ['SDE II', 'software engineer', []],
    ['SWE L5', 'software engineer', []],
    ['Software Development Engineer in Test', 'sdet', []],
    ['Front-End Developer', 'frontend developer', []],
    ['Front End Engineer', 'frontend engineer', []],
    ['Full-Stack Engineer', 'fullstack engineer', []],
    ['Principal Product Designer', 'product designer', ['staff']],
    ['Lead Machine Learning Scientist', 'machine learning scientist', ['lead']],
    ['Associate Product Manager', 'product manager', ['associate']],
    ['Sales Associate', 'sale associate', []],
    ['Medical Assistant', 'medical assistant', []],
    ['Team Lead', 'team lead', []],
    ['Jr. Data Analyst', 'data analyst', ['junior']],
    ['Software Engineering Intern, Summer 2026', 'software engineer', ['intern']],
    ['Customer Service Rep - Part-Time', 'customer service representative', []],
    ['Warehouse Associate - $19.50/hr', 'warehouse associate', []],
    ['Data Engineer | Hybrid | $150,000 - $180,000 a year', 'data engineer', []],
    ['Sr. PM', 'product manager', ['senior']],
    ['TPM III', 'technical program manager', []],
    ['SRE', 'sre', []],
    ['Site Reliability Engineer', 'sre engineer', []],
    ['FP&A Manager', 'fpa manager', []],
    // Read first as a whole up to the first dash or comma, so a name carried whole
    // ("Director of Nursing") is found before the preposition splits it.
    ['Director of Engineering', 'director engineering', []],
    ['Director of Nursing - Skilled Nursing', 'director nursing', []],
    ['Charge Nurse/Supervisor', 'charge nurse', []],
    ['Medical Assistant Intern', 'medical assistant', ['intern']],
    ['Réceptionniste', 'receptionniste', []],
    ['Data\u200B Engineer\u202E', 'data engineer', []],
    ['ＤＡＴＡ　ＡＮＡＬＹＳＴ', 'data analyst', []],
    ['Engineers', 'engineer', []],
    // Hours, shifts and home working said in words, as Indeed's titles say them.
    ['Part Time Cashier', 'cashier', []],
    ['Cashier Full Time', 'cashier', []],
    ['Cashier 2nd Shift', 'cashier', []],
    ['Night Shift Supervisor', 'shift supervisor', []],
    ['Work From Home Data Entry Clerk', 'data entry clerk', []],
    // Boards beyond the US: pay units, public-service levels, boilerplate, local phrases.
    ['Payroll Executive | 3-5 LPA', 'payroll executive', []],
    ['Call Centre Agent R12 000 pm', 'call center agent', []],
    ['Program Officer PM-04', 'program officer', []],
    ['APS 5 Policy Officer', 'policy officer', []],
    ['SAP Consultant Immediate Joiners', 'sap consultant', []],
    ['PA to the Managing Director', 'executive assistant', []],
    ['Assistant in Nursing', 'nursing assistant', []],
    ['2nd Line Support Analyst', 'it support analyst', []],
    ['First Line Supervisor', 'first line supervisor', []],
    // Clock times and a remote job's time zone are not the role; a clinic's shorthand is.
    ['Customer Service Rep 9am-5pm EST', 'customer service representative', []],
    ['Marketing Associate (Remote, CST)', 'marketing associate', []],
    ['OT - Inpatient Rehab', 'occupational therapist', []],
    ['MA - Dermatology', 'medical assistant', []],
    ['Cashier - Worcester, MA', 'cashier', []],
    ['Early Career Data Analyst', 'data analyst', ['junior']],
    ['Embedded SW Engineer', 'embedded software engineer', []],
  ])('%s -> %s', (input, tokens, tiers) => {
    const seg = first(input);
    expect(seg?.tokens.join(' ')).toBe(tokens);
    expect(seg?.tiers).toEqual(tiers);
  });

  it.each(['', '   ', 'Remote', 'Full-time', '$180K/yr - $240K/yr', 'Hybrid - Temporary', '#4412', '2026'])(
    'leaves nothing of %j',
    (input) => {
      expect(normalizeTitle(input).segments).toEqual([]);
    },
  );

  it('splits the role from its team and place, and keeps both to try', () => {
    const segs = normalizeTitle('Backend Engineer (Ruby), AI Engineering: Agent Observability').segments.map((s) => s.tokens.join(' '));
    expect(segs[0]).toBe('backend engineer');
    expect(segs).toContain('ruby');
    expect(segs).toContain('agent observability');
  });

  it('applies seniority from one segment to the role in another', () => {
    const segs = normalizeTitle('Staff - Machine Learning Engineer').segments;
    expect(segs.find((s) => s.tokens.join(' ') === 'machine learning engineer')?.tiers).toEqual(['staff']);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, {}, [], '\u0000', '((((((', ')]}', '-'.repeat(10_000), '\uD800']) {
      expect(() => normalizeTitle(input)).not.toThrow();
    }
  });

  it('reads at most MAX_TITLE_CHARS of a huge title', () => {
    const huge = 'Data Engineer ' + 'x'.repeat(100_000);
    const segs = normalizeTitle(huge).segments;
    const length = segs.reduce((n, s) => n + s.tokens.join(' ').length, 0);
    expect(length).toBeLessThanOrEqual(MAX_TITLE_CHARS * 3);
    expect(segs[0]?.tokens.slice(0, 2)).toEqual(['data', 'engineer']);
  });

  it('normalises dossier names the same way as titles', () => {
    expect(normalizeName('Sr. Machine-Learning Engineer').tokens).toEqual(first('Senior Machine Learning Engineer')?.tokens);
  });
});
