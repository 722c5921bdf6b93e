// Build-time data for the extension pages that bundle it (popup, taxonomy): validates every dossier
// (a malformed one fails the build with file and field) and serves the compact match index as a
// virtual module, so no page carries the zod runtime:
//   virtual:otiose/index    the match index + dossier summaries
// The content script and the dossier page read data files instead (scripts/page-data.ts).
import type { Plugin } from 'vite';
import { loadDataset, DOSSIER_DIRS } from '../lib/dataset/load';
import { buildIndex } from '../lib/matching/build-index';

const INDEX_ID = 'virtual:otiose/index';

export function otioseDataPlugin(options: { dirs?: string[] } = {}): Plugin {
  const dirs = options.dirs ?? DOSSIER_DIRS;
  return {
    name: 'otiose-data',
    resolveId(id) {
      return id === INDEX_ID ? '\0' + INDEX_ID : undefined;
    },
    load(id) {
      if (id !== '\0' + INDEX_ID) return undefined;
      for (const dir of dirs) this.addWatchFile(dir);
      const index = buildIndex(loadDataset(dirs)); // throws DatasetError naming file and field
      // JSON.parse of a string literal is faster to load than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
    },
  };
}
