// The dossier page: dossier.html#<id> renders that record in full; following a related specimen
// changes the hash and re-renders in place.
import { render } from 'preact';
import dossiers from 'virtual:otiose/dossiers';
import { DossierNotFound, DossierPage } from '../../components/DossierPage';
import { saveShareCard, shareCardData } from './share-card';
import '../../components/dossier/theme.css';
import './style.css';

const byId = new Map(dossiers.map((d) => [d.id, d]));
// The salary strip's spread, from the records this page already has: importing the match index
// as well would double what the page loads before it can draw.
const salaries = dossiers.map((d) => d.salary.average);
// Family names from the family fallback dossiers ("Healthcare Practitioner (General)"), which
// this page has already; the O*NET names sit beside the zod schema and would bring zod along.
const familyNames = new Map(dossiers.filter((d) => d.kind === 'family').map((d) => [d.family, d.title.replace(/\s*\(General\)$/, '')]));
const taxonomyHref = (family?: string) => (family ? `taxonomy.html?family=${encodeURIComponent(family)}` : 'taxonomy.html');
const app = document.getElementById('app')!;
let first = true;

function show() {
  const id = decodeURIComponent(location.hash.slice(1));
  const d = id ? byId.get(id) : dossiers[0];
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
        related={(rid) => byId.get(rid)}
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
addEventListener('hashchange', show);
show();
