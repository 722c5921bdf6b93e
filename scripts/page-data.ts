// The data the content script fetches at run time instead of carrying in its bundle: the match
// index and the JD-autopsy lexicon, written into the build as data/*.json (web-accessible, read
// with runtime.getURL). Keeping them out of the script keeps its initial JavaScript small.
import { loadDataset } from '../lib/dataset/load';
import { loadLexicon } from '../lib/dataset/lexicon';
import { buildIndex } from '../lib/matching/build-index';

export const PAGE_DATA_FILES = ['data/index.json', 'data/lexicon.json'];

export function pageDataFiles(): Array<{ relativeDest: string; contents: string }> {
  const lexicon = loadLexicon().map((p) => [p.id, p.phrase, p.variants, p.translation, p.kind]);
  const dossiers = loadDataset();
  return [
    { relativeDest: 'data/index.json', contents: JSON.stringify(buildIndex(dossiers)) },
    { relativeDest: 'data/lexicon.json', contents: JSON.stringify(lexicon) },
    // One file per full record: the dossier page reads only the one it shows.
    ...dossiers.map((d) => ({ relativeDest: `data/dossiers/${d.id}.json`, contents: JSON.stringify(d) })),
  ];
}
