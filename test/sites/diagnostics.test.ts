// Diagnostics carry the page's structure and never its text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageDiagnostics } from '../../lib/sites/diagnostics';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import { loadPage } from './scan-fixture';

describe('pageDiagnostics', () => {
  it('gives the path, the targets and the skeleton, with no text, query or ids from the page', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'linkedin');
    const exp = JSON.parse(readFileSync(join(dir, 'guest-search.expected.json'), 'utf8'));
    loadPage(readFileSync(join(dir, 'guest-search.html'), 'utf8'));
    const text = pageDiagnostics(document, new URL(exp.url), linkedinAdapter, { 'public search card': 0 });
    expect(text).toContain('path: /jobs/search/');
    expect(text).not.toContain('keywords=');
    expect(text).toContain('public search card=0');
    expect(text).toContain('<h3 class="base-search-card__title">');
    for (const title of exp.titles) expect(text).not.toContain(title);
    for (const word of ['Pallid Systems', 'Austin, TX', 'weeks ago', 'Engineer jobs in United States']) expect(text).not.toContain(word);
    expect(text).not.toMatch(/jobPosting:\d{5,}/);
  });
});
