// The whole dossier page in happy-dom: the eleven sections in the seed's order, each a labelled
// landmark; the pictures with their text alternatives; the header's links and the share button.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DossierNotFound, DossierPage, type DossierPageProps } from '../../../components/DossierPage';
import { loadDataset, SEED_ID } from '../../../lib/dataset/load';

const dossiers = loadDataset();
const byId = new Map(dossiers.map((d) => [d.id, d]));
const seed = byId.get(SEED_ID)!;
afterEach(cleanup);

const props = (over: Partial<DossierPageProps> = {}): DossierPageProps => ({
  dossier: seed,
  related: (id) => {
    const d = byId.get(id);
    return d && { title: d.title, risk: d.flightRisk.percent, riskLevel: d.flightRisk.level };
  },
  familyName: 'Computer and Mathematical Professional',
  salaries: dossiers.map((d) => d.salary.average),
  taxonomyHref: (family) => (family ? `taxonomy.html?family=${family}` : 'taxonomy.html'),
  ...over,
});

const SECTIONS = [
  '[01] The org-chart architecture',
  '[02] The habitat (natural range)',
  '[03] Salary delusion',
  '[04] The flight risk',
  '[05] The bullshit metrics',
  '[06] Signature weaponry',
  '[07] Survival / encounter guide',
  '[08] The JD autopsy: what do they actually do?',
  '[09] Day-in-the-life log',
  '[10] The burn ward (unfiltered complaints)',
  '[11] Related specimens',
];

describe('DossierPage', () => {
  it('has the eleven sections in the seed order, each a landmark named by its heading', () => {
    render(<DossierPage {...props()} />);
    const regions = screen.getAllByRole('region');
    expect(regions.map((r) => r.getAttribute('aria-labelledby') && document.getElementById(r.getAttribute('aria-labelledby')!)!.textContent)).toEqual(SECTIONS);
    for (const r of regions) expect(r.tagName.toLowerCase()).toBe('section');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Staff Machine Learning Engineer');
  });

  it('draws the pictures in their sections, each stating its data', () => {
    render(<DossierPage {...props()} />);
    const inSection = (name: string) => within(screen.getByRole('region', { name })).getAllByRole('img');
    expect(inSection('[01] The org-chart architecture')[0]!.getAttribute('aria-label')).toContain('Above: Director of Machine Learning, VP of Engineering');
    expect(inSection('[03] Salary delusion')[0]!.getAttribute('aria-label')).toMatch(/^Salary ≈ \$190,980 against \d+ dossiers/);
    expect(inSection('[04] The flight risk')[0]!.getAttribute('aria-label')).toBe('Flight risk gauge: 85 out of 100, HIGH risk.');
    expect(inSection('[09] Day-in-the-life log')[0]!.getAttribute('aria-label')).toContain('10:00 to 11:00, Architectural Review Board Meeting');
    expect(inSection('[11] Related specimens').map((i) => i.getAttribute('aria-label'))).toEqual(['System match 98%', 'System match 91%', 'System match 84%']);
    // The wide pictures come twice, for wide and narrow screens; the stylesheet shows one.
    for (const id of ['org-chart', 'salary', 'day-in-the-life']) {
      const section = document.getElementById(id)!;
      expect([section.querySelectorAll('.only-wide svg').length, section.querySelectorAll('.only-narrow svg').length]).toEqual([1, 1]);
    }
    for (const svg of document.querySelectorAll('svg')) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')!.length).toBeGreaterThan(10);
    }
  });

  it('links related specimens by hash, with their titles', () => {
    render(<DossierPage {...props()} />);
    const links = within(screen.getByRole('region', { name: '[11] Related specimens' })).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(seed.related.map((r) => `#${r.id}`));
    expect(links[0]!.textContent).toContain(byId.get(seed.related[0]!.id)!.title);
  });

  it('links to the taxonomy and to its own family there', () => {
    render(<DossierPage {...props()} />);
    expect(screen.getByRole('link', { name: 'View full taxonomy' }).getAttribute('href')).toBe('taxonomy.html');
    expect(screen.getByRole('link', { name: 'Computer and Mathematical Professional' }).getAttribute('href')).toBe('taxonomy.html?family=15');
  });

  it('saves the image through the page and says where it went', async () => {
    const onSaveImage = vi.fn(async () => 'otiose-staff-machine-learning-engineer.png');
    render(<DossierPage {...props({ onSaveImage })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as image' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved otiose-staff-machine-learning-engineer.png'));
    expect(onSaveImage).toHaveBeenCalledOnce();
  });

  it('says so when the image cannot be drawn', async () => {
    render(<DossierPage {...props({ onSaveImage: () => Promise.reject(new Error('no canvas')) })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as image' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not draw'));
  });

  it('has no share button when the page gives no way to save', () => {
    render(<DossierPage {...props()} />);
    expect(screen.queryByRole('button', { name: 'Save as image' })).toBeNull();
  });

  it('labels invented burn-ward quotes as composites, and draws an empty "below" as nobody', () => {
    const d = dossiers.find((x) => x.source === 'otiose' && x.orgChart.below.length === 0)!;
    render(<DossierPage {...props({ dossier: d })} />);
    expect(screen.getByRole('region', { name: /burn ward/ }).textContent).toContain('Not quotes from real people');
    for (const chart of within(screen.getByRole('region', { name: /org-chart/ })).getAllByRole('img')) {
      expect(chart.getAttribute('aria-label')).toMatch(/Below: nobody\.$/);
    }
  });
});

describe('DossierNotFound', () => {
  it('names the missing id and points to the taxonomy', () => {
    render(<DossierNotFound id="no-such-role" taxonomyHref={() => 'taxonomy.html'} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No dossier on file');
    expect(screen.getByText(/no-such-role/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'full taxonomy' }).getAttribute('href')).toBe('taxonomy.html');
  });
});
