// The dossier page: dossier.html#<id> renders that record in full; following a related specimen
// changes the hash and re-renders in place.
import { render } from 'preact';
import type { Dossier } from '../../data/schema';
import type { DossierSummary, MatchIndex } from '../../lib/matching/types';
import { DossierNotFound, DossierPage } from '../../components/DossierPage';
import { saveShareCard, shareCardData } from './share-card';
import '../../components/dossier/theme.css';
import './style.css';

// The page reads the dossier it shows (data/dossiers/<id>.json, one small file) and the compact
// index, for the related cards, the salary spread and the family names: never the whole dataset.
async function fetchJson<T>(path: string): Promise<T | null> {
  try {
    const res = await fetch(path);
    return res.ok ? ((await res.json()) as T) : null;
  } catch {
    return null;
  }
}
const index = (await fetchJson<MatchIndex>('/data/index.json'))!;
const summaries = new Map<string, DossierSummary>(index.dossiers.map((d) => [d.id, d]));
const salaries = index.dossiers.map((d) => d.salary);
// Family names from the family fallback dossiers ("Healthcare Practitioner (General)").
const familyNames = new Map(index.dossiers.filter((d) => d.kind === 'family').map((d) => [d.family, d.title.replace(/\s*\(General\)$/, '')]));
const records = new Map<string, Dossier | null>();
const record = async (id: string) => {
  if (!records.has(id)) records.set(id, summaries.has(id) ? await fetchJson<Dossier>(`/data/dossiers/${encodeURIComponent(id)}.json`) : null);
  return records.get(id) ?? null;
};
const taxonomyHref = (family?: string) => (family ? `taxonomy.html?family=${encodeURIComponent(family)}` : 'taxonomy.html');
const app = document.getElementById('app')!;
let first = true;

async function show() {
  const id = decodeURIComponent(location.hash.slice(1)) || index.dossiers[0]!.id;
  const d = await record(id);
  if (!d) {
    document.title = 'No dossier on file: Otiose';
    render(<DossierNotFound id={id} taxonomyHref={taxonomyHref} />, app);
  } else {
    document.title = `${d.title}: Otiose dossier`;
    // Keyed by id, so nothing (the share button's status) carries over from the last dossier.
    render(
      <DossierPage
        key={d.id}
        dossier={d}
        related={(rid) => summaries.get(rid)}
        familyName={familyNames.get(d.family)}
        salaries={salaries}
        taxonomyHref={taxonomyHref}
        onSaveImage={() => saveShareCard(shareCardData(d))}
      />,
      app,
    );
  }
  if (!first) {
    // A new record: start at its top and say so to screen readers, as a page load would.
    scrollTo(0, 0);
    document.getElementById('dossier-title')?.focus({ preventScroll: true });
  }
  first = false;
}
addEventListener('hashchange', () => void show());
void show();
