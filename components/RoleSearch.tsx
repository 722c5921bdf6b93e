// Search-as-you-type over dossier titles and aliases, with the same matcher the overlays use.
// An ARIA combobox: arrow keys move through the results, Enter chooses, Escape clears.
import { useMemo, useState } from 'preact/hooks';
import type { Matcher } from '../lib/matching/matcher';
import type { DossierSummary } from '../lib/matching/types';

export function RoleSearch({ matcher, onChoose }: { matcher: Matcher; onChoose: (d: DossierSummary) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => (query.trim() ? matcher.search(query, 8) : []), [matcher, query]);
  const choose = (d: DossierSummary | undefined) => d && onChoose(d);
  const optionId = (i: number) => `role-option-${i}`;

  return (
    <div class="search">
      <label for="role-search">Search roles</label>
      <input
        id="role-search"
        type="search"
        role="combobox"
        list={undefined}
        autoComplete="off"
        placeholder="e.g. staff ML engineer, recruiter, nurse"
        aria-expanded={results.length > 0}
        aria-controls="role-results"
        aria-autocomplete="list"
        aria-activedescendant={results.length ? optionId(active) : undefined}
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(results[active]);
          } else if (e.key === 'Escape' && query) {
            e.preventDefault();
            setQuery('');
          }
        }}
      />
      <ul id="role-results" role="listbox" aria-label="Matching roles" hidden={!results.length}>
        {results.map((d, i) => (
          <li
            key={d.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(d)}
          >
            <span>{d.title}</span>
            <span class="muted">{d.risk}%</span>
          </li>
        ))}
      </ul>
      {query.trim() && !results.length && <p class="muted">No role matches "{query}".</p>}
    </div>
  );
}
