// The taxonomy in happy-dom, over the real dataset and the real matcher: filter by family,
// search, sort by flight risk and salary, and the state handed back for the address bar.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaxonomyPage, type TaxonomyPageProps } from '../../../components/taxonomy/TaxonomyPage';
import { readState, writeState } from '../../../entrypoints/taxonomy/url-state';
import { loadMatcher } from '../../../scripts/load-matcher';

const matcher = loadMatcher();
const all = matcher.dossiers;
afterEach(cleanup);

const props = (over: Partial<TaxonomyPageProps> = {}): TaxonomyPageProps => ({
  dossiers: all,
  search: (q) => matcher.search(q, all.length),
  dossierHref: (id) => `dossier.html#${id}`,
  ...over,
});
const rows = () => [...document.querySelectorAll('tbody tr')] as HTMLElement[];
const col = (name: 'id' | 'family' | 'risk' | 'salary') => rows().map((r) => r.dataset[name]!);
const nums = (name: 'risk' | 'salary') => col(name).map(Number);
const isSorted = (xs: number[], dir: 1 | -1) => xs.every((x, i) => i === 0 || dir * (x - xs[i - 1]!) >= 0);

describe('TaxonomyPage', () => {
  it('lists every dossier A to Z, each linking to its page', () => {
    render(<TaxonomyPage {...props()} />);
    expect(rows()).toHaveLength(all.length);
    const titles = rows().map((r) => r.querySelector('a')!.textContent!);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const seed = screen.getByRole('link', { name: 'Staff Machine Learning Engineer' });
    expect(seed.getAttribute('href')).toBe('dossier.html#staff-machine-learning-engineer');
    expect(screen.getByRole('status').textContent).toBe(`All ${all.length} dossiers.`);
  });

  it('filters by family', () => {
    render(<TaxonomyPage {...props()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Family' }), { target: { value: '29' } });
    const expected = all.filter((d) => d.family === '29').length;
    expect(rows()).toHaveLength(expected);
    expect(new Set(col('family'))).toEqual(new Set(['29']));
    expect(screen.getByRole('status').textContent).toContain(`${expected} of ${all.length} dossiers in Healthcare Practitioners and Technical`);
  });

  it('searches with the matcher, best match first, and within a family', () => {
    render(<TaxonomyPage {...props()} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search roles' }), { target: { value: 'staff machine learning' } });
    expect(col('id')[0]).toBe('staff-machine-learning-engineer');
    expect(col('id')).toEqual(matcher.search('staff machine learning', all.length).map((d) => d.id));
    fireEvent.change(screen.getByRole('combobox', { name: 'Family' }), { target: { value: '29' } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText(/No dossier matches/)).toBeTruthy();
  });

  it('sorts by flight risk and by salary, both ways, and says which way in aria-sort', () => {
    render(<TaxonomyPage {...props()} />);
    const risk = screen.getByRole('button', { name: /Flight risk/ });
    fireEvent.click(risk);
    expect(isSorted(nums('risk'), -1)).toBe(true);
    expect(risk.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(risk);
    expect(isSorted(nums('risk'), 1)).toBe(true);
    expect(risk.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    const salary = screen.getByRole('button', { name: /Salary/ });
    fireEvent.click(salary);
    expect(isSorted(nums('salary'), -1)).toBe(true);
    expect(risk.closest('th')!.getAttribute('aria-sort')).toBeNull();
    expect(salary.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('turns the title order round on the first click, since A to Z is already showing', () => {
    render(<TaxonomyPage {...props()} />);
    const role = screen.getByRole('button', { name: /Role/ });
    expect(role.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(role);
    expect(role.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('starts from the state it is given and hands every change back', () => {
    const onChange = vi.fn();
    render(<TaxonomyPage {...props({ initial: { family: '15', sort: 'salary', dir: 'asc' }, onChange })} />);
    expect(new Set(col('family'))).toEqual(new Set(['15']));
    expect(isSorted(nums('salary'), 1)).toBe(true);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nurse' } });
    expect(onChange).toHaveBeenLastCalledWith({ family: '15', q: 'nurse', sort: 'salary', dir: 'asc' });
    fireEvent.click(screen.getByRole('button', { name: 'Sort by best match' }));
    expect(onChange).toHaveBeenLastCalledWith({ family: '15', q: 'nurse', sort: 'relevance', dir: 'asc' });
  });
});

describe('taxonomy address state', () => {
  it('round-trips through the query string and ignores junk', () => {
    const s = { family: '15', q: 'ml engineer', sort: 'risk' as const, dir: 'desc' as const };
    expect(readState(writeState(s))).toEqual(s);
    expect(writeState({ family: '', q: '', sort: 'relevance', dir: 'asc' })).toBe('');
    expect(readState('?family=<script>&sort=evil-up')).toEqual({ family: '', q: '', sort: 'relevance', dir: 'asc' });
  });
});
