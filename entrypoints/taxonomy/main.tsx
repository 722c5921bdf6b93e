// The taxonomy page (taxonomy.html): every dossier, from the compact index the popup also uses,
// never the full records, so it opens as fast as the popup does.
import { render } from 'preact';
import matchIndex from 'virtual:otiose/index';
import { TaxonomyPage } from '../../components/taxonomy/TaxonomyPage';
import { createMatcher } from '../../lib/matching/matcher';
import { readState, writeState } from './url-state';
import '../../components/dossier/theme.css';
import './style.css';

const matcher = createMatcher(matchIndex);
const everyMatch = (q: string) => matcher.search(q, matcher.dossiers.length);

render(
  <TaxonomyPage
    dossiers={matcher.dossiers}
    search={everyMatch}
    dossierHref={(id) => `dossier.html#${encodeURIComponent(id)}`}
    initial={readState(location.search)}
    // replaceState, not pushState: typing a query should not fill the back button with letters.
    onChange={(s) => history.replaceState(null, '', location.pathname + writeState(s))}
  />,
  document.getElementById('app')!,
);
