// @vitest-environment node
// Nothing of ours writes HTML from strings: no innerHTML, outerHTML, insertAdjacentHTML,
// document.write or dangerouslySetInnerHTML in shipped code, and no eval or new Function.
// (docs/web-ext-lint.md relies on this.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe('shipped sources', () => {
  it('never build HTML from strings or evaluate code', () => {
    const offenders: string[] = [];
    for (const f of ['entrypoints', 'components', 'lib'].flatMap((d) => files(join(ROOT, d)))) {
      const src = readFileSync(f, 'utf8');
      const hit = /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\s*\(|new Function\s*\(/.exec(src);
      if (hit) offenders.push(`${f.slice(ROOT.length + 1)}: ${hit[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
