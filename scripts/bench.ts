// `npm run bench`: every benchmark of the project, each figure a ratio against a baseline measured
// in the same run (these machines are shared and noisy). `npm run --silent bench -- --json` prints
// one JSON object.
import { loadDataset } from '../lib/dataset/load';
import { loadLexicon } from '../lib/dataset/lexicon';
import { benchAutopsy } from './bench/autopsy';
import { benchMatch } from './bench/match';
import { benchPage } from './bench/page';

async function main() {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const dossiers = loadDataset();
  const results: Record<string, Record<string, number>> = {};
  if (!only || only === 'match') results.match = benchMatch(dossiers);
  if (!only || only === 'autopsy') results.autopsy = benchAutopsy(loadLexicon());
  // The page benchmark needs the production build (npm run bench builds it first).
  if (!only || only === 'page') results.page = await benchPage();
  if (json) {
    process.stdout.write(JSON.stringify(results) + '\n');
    return;
  }
  for (const [section, figures] of Object.entries(results)) {
    console.log(`\n${section}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(24)} ${v}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
