// `npm run coverage -- FILE... [--json]`: how much of a list of real titles the dataset covers.
// Reads one title per line, or the O*NET TSVs (title in the first column, O*NET-SOC code in the
// column named onet_soc_code). Reports the share matched at specimen level, at family level and
// not at all, the commonest unmatched normalised titles, and for labelled files the share matched
// to a dossier that declares the title's code.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset } from '../lib/dataset/load';
import { buildIndex } from '../lib/matching/build-index';
import { createMatcher } from '../lib/matching/matcher';
import { normalizeTitle } from '../lib/matching/normalize';

export interface CoverageReport {
  file: string;
  titles: number;
  specimen: number;
  family: number;
  none: number;
  /** Titles whose (labelled) code some dossier declares, and of those, how many matched such a dossier. */
  labelled?: { declared: number; matchedDeclaring: number; share: number };
  topUnmatched: Array<[string, number]>;
  topFamilyOnly: Array<[string, number]>;
}

function readTitles(file: string): Array<{ title: string; code?: string }> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const header = lines[0]!.split('\t');
  const codeCol = header.indexOf('onet_soc_code');
  if (codeCol >= 0) {
    return lines.slice(1).map((l) => {
      const cols = l.split('\t');
      return { title: cols[0]!, code: cols[codeCol] };
    });
  }
  return lines.map((title) => ({ title }));
}

export function coverage(files: string[]): CoverageReport[] {
  const dossiers = loadDataset();
  const matcher = createMatcher(buildIndex(dossiers));
  // Codes compare in full (15-1252.00): O*NET's detailed occupations (.01, .02) are distinct
  // occupations, and a dossier that declares one does not claim its siblings.
  const full = (c: string) => (c.length === 7 ? c + '.00' : c);
  const socById = new Map(dossiers.map((d) => [d.id, new Set(d.soc.map(full))]));
  const declared = new Set(dossiers.filter((d) => d.kind === 'specimen').flatMap((d) => d.soc.map(full)));
  const key = (t: string) => normalizeTitle(t).segments[0]?.tokens.join(' ') ?? '';

  return files.map((file) => {
    const rows = readTitles(file);
    let specimen = 0;
    let family = 0;
    let labelledDeclared = 0;
    let matchedDeclaring = 0;
    const unmatched = new Map<string, number>();
    const familyOnly = new Map<string, number>();
    for (const { title, code } of rows) {
      const m = matcher.match(title);
      if (m?.level === 'specimen') specimen++;
      else if (m) {
        family++;
        const k = key(title);
        familyOnly.set(k, (familyOnly.get(k) ?? 0) + 1);
      } else {
        const k = key(title);
        unmatched.set(k, (unmatched.get(k) ?? 0) + 1);
      }
      if (code && declared.has(full(code))) {
        labelledDeclared++;
        if (m?.level === 'specimen' && socById.get(m.id)?.has(full(code))) matchedDeclaring++;
      }
    }
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 20);
    return {
      file: basename(file),
      titles: rows.length,
      specimen,
      family,
      none: rows.length - specimen - family,
      ...(rows.some((r) => r.code)
        ? { labelled: { declared: labelledDeclared, matchedDeclaring, share: labelledDeclared ? matchedDeclaring / labelledDeclared : 0 } }
        : {}),
      topUnmatched: top(unmatched),
      topFamilyOnly: top(familyOnly),
    };
  });
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

function main() {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    console.error('usage: npm run coverage -- FILE... [--json]');
    process.exit(2);
  }
  const reports = coverage(files);
  if (args.includes('--json')) {
    console.log(JSON.stringify(reports, null, 2));
    return;
  }
  for (const r of reports) {
    console.log(`\n${r.file}: ${r.titles} titles`);
    console.log(`  specimen   ${pct(r.specimen, r.titles).padStart(6)}  (${r.specimen})`);
    console.log(`  family     ${pct(r.family, r.titles).padStart(6)}  (${r.family})`);
    console.log(`  any        ${pct(r.specimen + r.family, r.titles).padStart(6)}`);
    console.log(`  none       ${pct(r.none, r.titles).padStart(6)}  (${r.none})`);
    if (r.labelled) {
      console.log(`  labelled: ${pct(r.labelled.matchedDeclaring, r.labelled.declared)} of ${r.labelled.declared} titles whose code a dossier declares matched such a dossier`);
    }
    console.log('  commonest unmatched:');
    for (const [t, n] of r.topUnmatched.slice(0, 10)) console.log(`    ${String(n).padStart(5)}  ${t || '(nothing left after normalising)'}`);
    console.log('  commonest family-only:');
    for (const [t, n] of r.topFamilyOnly.slice(0, 10)) console.log(`    ${String(n).padStart(5)}  ${t}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) main();
