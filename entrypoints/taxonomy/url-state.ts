// The taxonomy's filters live in the page's query string (?family=15&q=nurse&sort=risk-desc), so
// a filtered view can be linked to (the dossier page links to its own family) and survives reload.
import { DEFAULT_STATE, type SortDir, type SortKey, type TaxonomyState } from '../../components/taxonomy/TaxonomyPage';

const SORTS: readonly SortKey[] = ['relevance', 'title', 'risk', 'salary'];

export function readState(search: string): TaxonomyState {
  const p = new URLSearchParams(search);
  const [sort, dir] = (p.get('sort') ?? '').split('-') as [string, string | undefined];
  const family = p.get('family') ?? '';
  return {
    family: /^\d{2}$/.test(family) ? family : '',
    q: (p.get('q') ?? '').slice(0, 120),
    sort: SORTS.includes(sort as SortKey) ? (sort as SortKey) : DEFAULT_STATE.sort,
    dir: dir === 'asc' || dir === 'desc' ? (dir as SortDir) : DEFAULT_STATE.dir,
  };
}

export function writeState(s: TaxonomyState): string {
  const p = new URLSearchParams();
  if (s.family) p.set('family', s.family);
  if (s.q) p.set('q', s.q);
  if (s.sort !== DEFAULT_STATE.sort) p.set('sort', `${s.sort}-${s.dir}`);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}
