// `npm run --silent dataset -- --json`: the whole validated dataset as one JSON array.
// Without --json: a short summary. Exits 1 naming the file and field when a dossier is malformed.
import { DatasetError, loadDataset } from '../lib/dataset/load';

try {
  const dossiers = loadDataset();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(dossiers) + '\n');
  } else {
    const specimens = dossiers.filter((d) => d.kind === 'specimen').length;
    console.log(`${dossiers.length} dossiers valid: ${specimens} specimens, ${dossiers.length - specimens} family fallbacks.`);
  }
} catch (err) {
  console.error(err instanceof DatasetError ? err.message : err);
  process.exit(1);
}
