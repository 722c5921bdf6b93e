// `npx tsx scripts/check-dossier.ts FILE...`: validates single dossier files against the schema
// (no cross-record checks), for writers working on a few files at a time.
import { readFileSync } from 'node:fs';
import { parseDossierFile } from '../lib/dataset/load';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const { problems } = parseDossierFile(file, readFileSync(file, 'utf8'));
  for (const p of problems) console.error(p);
  if (problems.length) bad++;
}
console.log(`${process.argv.length - 2 - bad} valid, ${bad} invalid`);
process.exit(bad ? 1 : 0);
