import { readLabelledSet } from './bench/match';
import { loadMatcher } from './load-matcher';
const m = loadMatcher(); const set = readLabelledSet();
let bad = 0, badn = 0;
for (const n of set.negatives) { const r = m.match(n.text); if (r && (n.kind === 'not-a-title' || r.level === 'specimen')) { badn++; console.log('NEG', n.kind, JSON.stringify(n.text), '=>', r.id, r.level, r.score, r.via); } }
for (const p of set.positives) { const r = m.match(p.title); if (r?.id !== p.id) { bad++; console.log('POS', JSON.stringify(p.title), 'want', p.id, 'got', r?.id, r?.level, r?.score); } }
console.log('pos wrong', bad, '/', set.positives.length, 'neg wrong', badn, '/', set.negatives.length);
