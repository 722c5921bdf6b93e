// The dossier page: dossier.html#<id> renders that record in full.
import { render } from 'preact';
import dossiers from 'virtual:otiose/dossiers';
import { DossierPage } from '../../components/DossierPage';
import './style.css';

const byId = new Map(dossiers.map((d) => [d.id, d]));

function show() {
  const id = decodeURIComponent(location.hash.slice(1));
  const d = byId.get(id) ?? dossiers[0]!;
  document.title = `${d.title}: Otiose dossier`;
  render(<DossierPage dossier={d} related={(rid) => byId.get(rid)} />, document.getElementById('app')!);
  scrollTo(0, 0);
}
addEventListener('hashchange', show);
show();
