// @vitest-environment node
// The command-line contracts people and scripts rely on, run as they would run them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otioseDataPlugin } from '../../scripts/vite-plugin-otiose-data';

const ROOT = join(import.meta.dirname, '..', '..');
const tsx = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

describe('npm run match', () => {
  it('--jsonl prints one JSON object per input line, in order, with null for no match', () => {
    const lines = ['Staff ML Engineer, Ads', 'Easy Apply', '', 'Principal AI Engineer', '$180K/yr - $240K/yr'];
    const out = tsx('match.ts', ['--jsonl'], lines.join('\n') + '\n');
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.input)).toEqual(lines);
    expect(rows[0].match).toEqual({ id: 'staff-machine-learning-engineer', title: 'Staff Machine Learning Engineer', score: expect.any(Number) });
    expect(Object.keys(rows[0].match).sort()).toEqual(['id', 'score', 'title']);
    expect(rows[1].match).toBeNull();
    expect(rows[2].match).toBeNull();
    expect(rows[3].match.id).toBe('staff-machine-learning-engineer');
    expect(rows[4].match).toBeNull();
  });

  it('prints a match readably: title, score, translation, flight risk', () => {
    const out = tsx('match.ts', ['Sr. Staff ML Engineer II - Autonomy (Remote)']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Staff Machine Learning Engineer');
    expect(out.stdout).toMatch(/score:\s+1\.00/);
    expect(out.stdout).toContain('translation:');
    expect(out.stdout).toContain('flight risk: 85% HIGH');
  });

  it('runs through npm exactly as documented', () => {
    const out = execFileSync('npm', ['run', '--silent', 'match', '--', '--jsonl'], { cwd: ROOT, input: 'Staff Machine Learning Engineer\n', encoding: 'utf8' });
    expect(JSON.parse(out.trim()).match.id).toBe('staff-machine-learning-engineer');
  });
});

describe('npm run dataset', () => {
  it('--json prints the validated dataset as one array, seed first', () => {
    const out = tsx('dataset.ts', ['--json']);
    expect(out.status).toBe(0);
    const all = JSON.parse(out.stdout);
    expect(Array.isArray(all)).toBe(true);
    expect(all[0].id).toBe('staff-machine-learning-engineer');
    expect(all[0].flightRisk.percent).toBe(85);
  });
});

describe('the build', () => {
  it('fails on a malformed dossier, naming the file and the field', async () => {
    const root = mkdtempSync(join(tmpdir(), 'otiose-build-'));
    mkdirSync(join(root, 'dossiers'));
    writeFileSync(join(root, 'dossiers', 'bad-role.json'), JSON.stringify({ id: 'bad-role', kind: 'specimen' }));
    const plugin = otioseDataPlugin({ dirs: [join(root, 'dossiers')] });
    const load = plugin.load as (this: unknown, id: string) => unknown;
    expect(() => load.call({ addWatchFile() {} }, '\0virtual:otiose/index')).toThrow(/bad-role\.json: field title/);
  });
});
