// Build-time data: validates every dossier (a malformed one fails the build with file and field)
// and serves two virtual modules, so the page never carries the zod runtime:
//   virtual:otiose/index    the compact match index + overlay summaries (content script, popup)
//   virtual:otiose/dossiers the full records (dossier page only)
import type { Plugin } from 'vite';
import { loadDataset, DOSSIER_DIRS } from '../lib/dataset/load';
import { buildIndex } from '../lib/matching/build-index';

const INDEX_ID = 'virtual:otiose/index';
const DOSSIERS_ID = 'virtual:otiose/dossiers';

export function otioseDataPlugin(options: { dirs?: string[] } = {}): Plugin {
  const dirs = options.dirs ?? DOSSIER_DIRS;
  return {
    name: 'otiose-data',
    resolveId(id) {
      if (id === INDEX_ID || id === DOSSIERS_ID) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id !== '\0' + INDEX_ID && id !== '\0' + DOSSIERS_ID) return undefined;
      for (const dir of dirs) this.addWatchFile(dir);
      const dossiers = loadDataset(dirs); // throws DatasetError naming file and field
      const payload = id === '\0' + INDEX_ID ? buildIndex(dossiers) : dossiers;
      // JSON.parse of a string literal is faster to load than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(payload))});`;
    },
  };
}
