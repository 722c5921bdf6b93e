// The adapters as a set: each board's URLs belong to its own adapter and no other, and the
// manifest's URL patterns cover exactly the boards.
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../lib/sites/matches';
import { adapterFor, SITE_ADAPTERS, siteKeyFor } from '../../lib/sites/registry';

const SAMPLES: Record<string, string[]> = {
  linkedin: ['https://www.linkedin.com/jobs/search/?keywords=x', 'https://uk.linkedin.com/jobs/view/1/', 'https://www.linkedin.com/jobs-tracker/'],
  indeed: ['https://www.indeed.com/viewjob?jk=1', 'https://au.indeed.com/jobs?q=nurse', 'https://uk.indeed.com/m/viewjob?jk=2'],
  glassdoor: ['https://www.glassdoor.com/Job/index.htm', 'https://www.glassdoor.co.uk/job-listing/x.htm'],
  greenhouse: ['https://job-boards.greenhouse.io/acme/jobs/123', 'https://boards.greenhouse.io/acme/jobs/456', 'https://boards.greenhouse.io/embed/job_board?for=acme'],
  lever: ['https://jobs.lever.co/acme/uuid', 'https://jobs.lever.co/acme/uuid/apply', 'https://jobs.eu.lever.co/acme'],
  workday: ['https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Remote/Engineer_JR1', 'https://acme.wd1.myworkdayjobs.com/Careers'],
  ashby: ['https://jobs.ashbyhq.com/acme/uuid', 'https://jobs.ashbyhq.com/acme/uuid/application'],
  wellfound: ['https://wellfound.com/jobs/123-engineer', 'https://wellfound.com/company/acme/jobs'],
  workable: ['https://apply.workable.com/acme/j/ABC123/', 'https://jobs.workable.com/view/xyz'],
  smartrecruiters: ['https://jobs.smartrecruiters.com/Acme/744000012345-engineer', 'https://careers.smartrecruiters.com/Acme'],
};

/** Chrome match-pattern semantics, enough for https://*.host/* and https://host/*. */
function patternMatches(pattern: string, url: URL): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  return url.hostname === m[2] || (!!m[1] && url.hostname.endsWith('.' + m[2]));
}

describe('site adapters', () => {
  it('claim their own boards and no other', () => {
    for (const [id, urls] of Object.entries(SAMPLES)) for (const u of urls) expect(adapterFor(new URL(u))?.id, u).toBe(id);
  });

  it('claim nothing of ordinary sites or look-alike hosts', () => {
    for (const u of ['https://example.com/careers/engineer', 'https://linkedin.com.attacker.example/jobs/', 'https://notindeed.com/viewjob', 'https://greenhouse.io.evil.example/x'])
      expect(adapterFor(new URL(u)), u).toBeUndefined();
  });

  it('has a sample for every adapter, and every adapter dates every selector', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(SITE_ADAPTERS.map((a) => a.id).sort());
    for (const a of SITE_ADAPTERS) {
      expect(a.targets.length, a.id).toBeGreaterThan(0);
      for (const t of a.targets) for (const s of t.selectors) expect(s.seen, `${a.id} ${s.css}`).toMatch(/^20\d\d-\d\d$/);
    }
  });

  it('are covered by the manifest patterns, which ask for nothing beyond the boards', () => {
    for (const urls of Object.values(SAMPLES)) for (const u of urls) expect(BOARD_MATCHES.some((p) => patternMatches(p, new URL(u))), u).toBe(true);
    for (const p of BOARD_MATCHES) {
      const host = p.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
      expect(adapterFor(new URL(`https://${host}/`)), p).toBeDefined();
    }
  });

  it('key per-site switches by board domain', () => {
    expect(siteKeyFor('au.linkedin.com')).toBe('linkedin.com');
    expect(siteKeyFor('acme.wd5.myworkdayjobs.com')).toBe('myworkdayjobs.com');
    expect(siteKeyFor('www.glassdoor.co.uk')).toBe('glassdoor.co.uk');
    expect(siteKeyFor('www.example.com')).toBe('example.com');
  });
});
