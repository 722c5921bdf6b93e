// The LinkedIn adapter against the project's own saved pages (test/fixtures/linkedin), with the
// expected titles written beside each page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import { adapterFor } from '../../lib/sites/registry';
import { loadPage, scanPage } from './scan-fixture';

const dir = join(import.meta.dirname, '..', 'fixtures', 'linkedin');
const page = (name: string) => readFileSync(join(dir, name), 'utf8');
const expected = (name: string) => JSON.parse(page(`${name}.expected.json`));
let stop = () => {};
afterEach(() => stop());

describe('linkedinAdapter', () => {
  it('owns linkedin.com and its country subdomains, and nothing else', () => {
    for (const u of ['https://www.linkedin.com/jobs/search/', 'https://au.linkedin.com/jobs/view/1/', 'https://linkedin.com/jobs/'])
      expect(adapterFor(new URL(u))?.id).toBe('linkedin');
    for (const u of ['https://www.indeed.com/viewjob', 'https://linkedin.com.evil.example/jobs/', 'https://notlinkedin.com/jobs/'])
      expect(adapterFor(new URL(u))?.id).not.toBe('linkedin');
  });

  it('knows its job pages by URL', () => {
    for (const p of ['/jobs/search/?keywords=x', '/jobs/view/123/', '/jobs/collections/recommended/', '/jobs/search-results/?currentJobId=1', '/jobs-tracker/', '/preload/', '/jobs-guest/jobs/api/seeMoreJobPostings/search'])
      expect(linkedinAdapter.isJobPage(new URL('https://www.linkedin.com' + p))).toBe(true);
    expect(linkedinAdapter.isJobPage(new URL('https://www.linkedin.com/feed/'))).toBe(false);
  });

  it('dates every selector', () => {
    for (const t of linkedinAdapter.targets) for (const s of t.selectors) expect(s.seen).toMatch(/^20\d\d-\d\d$/);
  });
});

describe('saved LinkedIn pages', () => {
  it.each(['guest-search', 'guest-jobview', 'sdui-jobview'])('%s: one overlay per title, in order', (name) => {
    const exp = expected(name);
    loadPage(page(`${name}.html`));
    const scan = scanPage(exp.url);
    stop = scan.stop;
    expect(scan.annotated.map((a) => a.title)).toEqual(exp.titles);
    // A second pass over an unchanged page changes nothing.
    expect(scan.rescan()).toEqual(scan.annotated);
  });

  it('classic list: reads the visible title, not the " with verification" copy, and follows the details pane', () => {
    loadPage(`<div class="scaffold-layout__list"><ul>
      <li data-occludable-job-id="1"><div data-job-id="1"><div class="artdeco-entity-lockup__title">
        <a class="job-card-list__title--link" aria-label="Data Engineer with verification" href="/jobs/view/1/">
          <span aria-hidden="true"><strong>Data Engineer</strong></span><span class="visually-hidden">Data Engineer with verification</span>
        </a></div></div></li>
      <li data-occludable-job-id="2"></li>
    </ul></div>
    <div class="jobs-search__job-details--container"><div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/1/">Data Engineer</a></h1></div></div>`);
    const scan = scanPage('https://www.linkedin.com/jobs/search/?currentJobId=1');
    stop = scan.stop;
    expect(scan.annotated).toEqual([
      { title: 'Data Engineer', dossier: 'data-engineer' },
      { title: 'Data Engineer', dossier: 'data-engineer' },
    ]);
    // The list link keeps its overlay outside the link (a click inside would open the job).
    expect(document.querySelector('a otiose-overlay')).toBeNull();
    // The pane is reused for another job: same <h1>, new text.
    document.querySelector('.job-details-jobs-unified-top-card__job-title h1 a')!.textContent = 'Recruiter';
    expect(scan.rescan().map((a) => a.title)).toEqual(['Data Engineer', 'Recruiter']);
    // The recycled list item is filled in later.
    document.querySelector('li[data-occludable-job-id="2"]')!.innerHTML =
      '<div data-job-id="2"><a class="job-card-list__title--link" aria-label="UX Designer with verification"><span aria-hidden="true"><strong>UX Designer</strong></span></a></div>';
    expect(scan.rescan().map((a) => a.title)).toEqual(['Data Engineer', 'UX Designer', 'Recruiter']);
  });

  // The signed-in UI renders its screen and its cards after load: the scanner's incremental path
  // (it reads only what the page added) must find them as a full scan does.
  const settle = async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  };
  it('sdui-jobview: a screen rendered after load, and a card added to it later, get their overlays', async () => {
    const exp = expected('sdui-jobview');
    loadPage(page('sdui-jobview.html'));
    const screen = document.querySelector('[data-sdui-screen]')!;
    const parent = screen.parentNode!;
    const next = screen.nextSibling;
    screen.remove();
    const scan = scanPage(exp.url);
    stop = scan.stop;
    expect(scan.annotated.map((a) => a.title)).not.toContain(exp.titles[0]); // the job's own title is on the screen
    parent.insertBefore(screen, next);
    await settle();
    expect([...document.querySelectorAll('otiose-overlay')].map((h) => h.getAttribute('data-title'))).toEqual(exp.titles);
    const list = document.querySelector('[data-sdui-component$="similarJobs"] > div')!;
    const card = list.lastElementChild!.cloneNode(true) as Element;
    card.setAttribute('href', card.getAttribute('href')!.replace(/currentJobId=\d+/, 'currentJobId=4400000199'));
    card.querySelector('span[aria-hidden="true"]')!.textContent = 'Technical Product Manager';
    list.append(card);
    await settle();
    expect([...document.querySelectorAll('otiose-overlay')].map((h) => h.getAttribute('data-title'))).toEqual([...exp.titles, 'Technical Product Manager']);
  });

  it('removes an overlay when its card goes', () => {
    const exp = expected('guest-search');
    loadPage(page('guest-search.html'));
    const scan = scanPage(exp.url);
    stop = scan.stop;
    document.querySelector('.jobs-search__results-list li')!.remove();
    expect(scan.rescan().map((a) => a.title)).toEqual(exp.titles.slice(1));
  });
});
