// The taxonomy: every dossier on file in one table, filtered by family (O*NET-SOC major group),
// searched with the popup's own matcher, sorted by title, flight risk or salary. Each row links to
// the full dossier. The state is plain data in and out, so the page can keep it in its address.
import { useMemo, useState } from 'preact/hooks';
import { formatSalary } from '../../lib/format';
import type { DossierSummary } from '../../lib/matching/types';

export type SortKey = 'relevance' | 'title' | 'risk' | 'salary';
export type SortDir = 'asc' | 'desc';

export interface TaxonomyState {
  /** A family code ("15"), or '' for every family. */
  family: string;
  q: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_STATE: TaxonomyState = { family: '', q: '', sort: 'relevance', dir: 'asc' };

export interface TaxonomyPageProps {
  dossiers: readonly DossierSummary[];
  /** Every dossier matching the query, best first (createMatcher(index).search). */
  search(q: string): readonly DossierSummary[];
  dossierHref(id: string): string;
  initial?: Partial<TaxonomyState>;
  onChange?(state: TaxonomyState): void;
}

/** Which way a column sorts on its first click: the riskiest and best paid first. */
const FIRST_DIR: Record<Exclude<SortKey, 'relevance'>, SortDir> = { title: 'asc', risk: 'desc', salary: 'desc' };

const byTitle = (a: DossierSummary, b: DossierSummary) => a.title.localeCompare(b.title);

export function sortDossiers(list: readonly DossierSummary[], sort: SortKey, dir: SortDir): DossierSummary[] {
  if (sort === 'relevance') return [...list];
  const sign = dir === 'asc' ? 1 : -1;
  const cmp =
    sort === 'title'
      ? (a: DossierSummary, b: DossierSummary) => sign * byTitle(a, b)
      : (a: DossierSummary, b: DossierSummary) => sign * (sort === 'risk' ? a.risk - b.risk : a.salary - b.salary) || byTitle(a, b);
  return [...list].sort(cmp);
}

export function TaxonomyPage({ dossiers, search, dossierHref, initial, onChange }: TaxonomyPageProps) {
  const [state, setState] = useState<TaxonomyState>({ ...DEFAULT_STATE, ...initial });
  const update = (patch: Partial<TaxonomyState>) => {
    const next = { ...state, ...patch };
    setState(next);
    onChange?.(next);
  };

  const families = useMemo(() => {
    const counts = new Map<string, { name: string; count: number }>();
    for (const d of dossiers) {
      const f = counts.get(d.family) ?? { name: d.familyName, count: 0 };
      f.count++;
      counts.set(d.family, f);
    }
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [dossiers]);

  const q = state.q.trim();
  const found = useMemo(() => (q ? search(q) : [...dossiers].sort(byTitle)), [q, dossiers, search]);
  const rows = useMemo(() => {
    const inFamily = state.family ? found.filter((d) => d.family === state.family) : found;
    // Without a query there is no relevance to keep: the default is A to Z.
    return sortDossiers(inFamily, state.sort, state.dir);
  }, [found, state.family, state.sort, state.dir]);

  const familyName = families.find(([code]) => code === state.family)?.[1].name;
  const shownSort: SortKey = state.sort === 'relevance' && !q ? 'title' : state.sort;
  const ariaSort = (key: SortKey) =>
    shownSort !== key ? undefined : key === 'title' && state.sort === 'relevance' ? 'ascending' : state.dir === 'asc' ? 'ascending' : 'descending';
  // A second click on the column already sorting turns it round; the first click on another
  // column sorts it its natural way.
  const sortBy = (key: Exclude<SortKey, 'relevance'>) => {
    const current = ariaSort(key);
    update({ sort: key, dir: current ? (current === 'ascending' ? 'desc' : 'asc') : FIRST_DIR[key] });
  };
  const header = (key: Exclude<SortKey, 'relevance'>, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)} class={`col-${key}`}>
      <button type="button" class="sort" onClick={() => sortBy(key)}>
        {label}
        <span class="sort-mark" aria-hidden="true">
          {shownSort === key ? (ariaSort(key) === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );

  return (
    <>
      <header class="topbar">
        <p class="brand">
          OTIOSE <span class="tag">satire</span>
        </p>
      </header>
      <main class="taxonomy">
        <h1>The taxonomy</h1>
        <p class="lede">
          Every dossier on file, by family of work (the O*NET-SOC major groups). Satire about corporate process, hype and
          incentives, never about the people doing the jobs.
        </p>
        <form role="search" aria-label="Filter the taxonomy" class="filters" onSubmit={(e) => e.preventDefault()}>
          <label>
            <span>Search roles</span>
            <input
              type="search"
              value={state.q}
              placeholder="e.g. staff ml engineer"
              autocomplete="off"
              spellcheck={false}
              onInput={(e) => update({ q: e.currentTarget.value })}
            />
          </label>
          <label>
            <span>Family</span>
            <select value={state.family} onChange={(e) => update({ family: e.currentTarget.value })}>
              <option value="">All families ({dossiers.length})</option>
              {families.map(([code, f]) => (
                <option key={code} value={code}>
                  {code} · {f.name} ({f.count})
                </option>
              ))}
            </select>
          </label>
          {q && state.sort !== 'relevance' && (
            <button type="button" class="link-button" onClick={() => update({ sort: 'relevance', dir: 'asc' })}>
              Sort by best match
            </button>
          )}
        </form>
        <p class="count" role="status">
          {rows.length === dossiers.length
            ? `All ${dossiers.length} dossiers.`
            : `${rows.length} of ${dossiers.length} dossiers${q ? ` matching “${q}”` : ''}${familyName ? ` in ${familyName}` : ''}.`}
        </p>
        <table class="taxa">
          <caption class="visually-hidden">Dossiers, sortable by role, flight risk and salary</caption>
          <thead>
            <tr>
              {header('title', 'Role')}
              <th scope="col" class="col-family">
                Family
              </th>
              {header('risk', 'Flight risk')}
              {header('salary', 'Salary')}
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-id={d.id} data-family={d.family} data-risk={d.risk} data-salary={d.salary}>
                <th scope="row">
                  <a href={dossierHref(d.id)}>{d.title}</a>
                  {d.kind === 'family' && <span class="tag kind">family</span>}
                  <span class="row-translation">{d.translation}</span>
                </th>
                <td class="col-family">{d.familyName}</td>
                <td class="col-risk">
                  <span class={`risk-${d.riskLevel.toLowerCase()}`}>
                    <strong>{d.risk}%</strong> {d.riskLevel}
                  </span>
                  <span class="risk-bar" aria-hidden="true">
                    <span class={`risk-fill fill-${d.riskLevel.toLowerCase()}`} style={{ width: `${d.risk}%` }} />
                  </span>
                </td>
                <td class="col-salary">{formatSalary(d.salary, d.approximate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p class="empty">No dossier matches. Try fewer words, or all families.</p>}
      </main>
    </>
  );
}
