// Build-time data: validates every dossier (a malformed one fails the build with file and field)
// and serves two virtual modules, so the page never carries the zod runtime:
//   virtual:otiose/index    the compact match index + overlay summaries (content script, popup)
//   virtual:otiose/dossiers the full records (dossier page only)
import type { Plugin } from 'vite';
import { loadDataset, DOSSIER_DIRS, DATA_DIR } from '../lib/dataset/load';
import { loadLexicon } from '../lib/dataset/lexicon';
import { buildIndex } from '../lib/matching/build-index';

const INDEX_ID = 'virtual:otiose/index';
const DOSSIERS_ID = 'virtual:otiose/dossiers';
const LEXICON_ID = 'virtual:otiose/lexicon';
const IDS = new Set([INDEX_ID, DOSSIERS_ID, LEXICON_ID]);

export function otioseDataPlugin(options: { dirs?: string[] } = {}): Plugin {
  const dirs = options.dirs ?? DOSSIER_DIRS;
  return {
    name: 'otiose-data',
    resolveId(id) {
      if (IDS.has(id)) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0') || !IDS.has(id.slice(1))) return undefined;
      let payload: unknown;
      if (id === '\0' + LEXICON_ID) {
        this.addWatchFile(`${DATA_DIR}lexicon`);
        // The page gets the phrases only, compiled into a trie when the autopsy first runs.
        payload = loadLexicon().map((p) => [p.id, p.phrase, p.variants, p.translation, p.kind]);
      } else {
        for (const dir of dirs) this.addWatchFile(dir);
        const dossiers = loadDataset(dirs); // throws DatasetError naming file and field
        payload = id === '\0' + INDEX_ID ? buildIndex(dossiers) : dossiers;
      }
      // JSON.parse of a string literal is faster to load than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(payload))});`;
    },
  };
}
