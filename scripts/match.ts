// The matcher from the command line, for people and scripts alike.
//   npm run --silent match -- "Sr. Staff ML Engineer II - Autonomy (Remote)"   readable
//   npm run --silent match -- --jsonl < titles.txt   one JSON object per input line, in order:
//     {"input": "<the line>", "match": null} or {"input": "...", "match": {"id", "title", "score"}}
import { createInterface } from 'node:readline';
import { DatasetError } from '../lib/dataset/load';
import type { TitleMatch } from '../lib/matching/types';
import { loadMatcher } from './load-matcher';

function describe(input: string, m: TitleMatch | null): string {
  if (!m) return `${JSON.stringify(input)}\n  no match: Otiose has nothing to say about this one.`;
  const d = m.dossier;
  const level = m.level === 'family' ? `closest family: ${d.title}` : d.title;
  return [
    `${JSON.stringify(input)}`,
    `  dossier:     ${level} (${d.id})`,
    `  score:       ${m.score.toFixed(2)} (${m.via})`,
    `  translation: ${d.translation}`,
    `  flight risk: ${d.risk}% ${d.riskLevel}`,
  ].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const matcher = loadMatcher();
  if (args.includes('--jsonl')) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      const m = matcher.match(line);
      const match = m ? { id: m.id, title: m.title, score: m.score } : null;
      process.stdout.write(JSON.stringify({ input: line, match }) + '\n');
    }
    return;
  }
  const title = args.join(' ').trim();
  if (!title) {
    console.error('usage: npm run --silent match -- "Job Title"   |   npm run --silent match -- --jsonl < titles.txt');
    process.exit(2);
  }
  console.log(describe(title, matcher.match(title)));
}

main().catch((err) => {
  console.error(err instanceof DatasetError ? err.message : err);
  process.exit(1);
});
