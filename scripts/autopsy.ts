// `npm run --silent autopsy -- --json < jd.txt`: the lexicon phrases in a job description, as
// [{"start": 10, "end": 31, "phrase": "...", "translation": "...", "kind": "..."}].
// Without --json: each phrase with its translation, and the bullshit index.
import { readFileSync } from 'node:fs';
import { DatasetError } from '../lib/dataset/load';
import { loadLexicon } from '../lib/dataset/lexicon';
import { bullshitIndex, compileLexicon, findPhrases } from '../lib/autopsy/engine';

try {
  const text = readFileSync(0, 'utf8');
  const lex = compileLexicon(loadLexicon());
  const spans = findPhrases(text, lex);
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(spans.map(({ start, end, phrase, translation, kind }) => ({ start, end, phrase, translation, kind }))) + '\n');
  } else {
    for (const s of spans) console.log(`[${s.start}-${s.end}] "${text.slice(s.start, s.end)}" (${s.kind})\n    ${s.translation}`);
    const idx = bullshitIndex(text, spans);
    console.log(`\nBullshit index: ${idx.per100} phrases per 100 words (${idx.found} in ${idx.words} words).`);
  }
} catch (err) {
  console.error(err instanceof DatasetError ? err.message : err);
  process.exit(1);
}
