// "Wrong match?": find the right dossier for a title, or say none fits. The choice is stored for
// the normalised title and wins on every site (lib/matching/corrections.ts).
import { useMemo, useState } from 'preact/hooks';
import type { DossierSummary } from '../lib/matching/types';

export interface CorrectionPickerProps {
  title: string;
  search: (query: string) => DossierSummary[];
  onPick: (id: string | null) => void;
}

export function CorrectionPicker({ title, search, onPick }: CorrectionPickerProps) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => (query.trim() ? search(query).slice(0, 6) : []), [query, search]);
  return (
    <div class="picker" role="group" aria-label={`Choose the right dossier for ${title}`}>
      <label class="picker-label">
        <span>Which role is it?</span>
        <input
          type="search"
          value={query}
          placeholder="Search roles"
          autoFocus
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </label>
      <ul class="picker-results">
        {results.map((d) => (
          <li key={d.id}>
            <button type="button" class="pick" onClick={() => onPick(d.id)}>
              {d.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={() => onPick(null)}>
        None of them: show no dossier for this title
      </button>
    </div>
  );
}
