// Firefox: the Firefox build passes `web-ext lint` with no errors (the warnings left are listed and
// explained in docs/web-ext-lint.md), and its content script annotates a LinkedIn page in a real
// firefox-esr, driven by puppeteer-core over WebDriver BiDi, with the page served at LinkedIn's
// URL by request interception (every other request is refused).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { readFixture, ROOT } from '../../scripts/chromium-session';

const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// Preact's renderer sets innerHTML only for dangerouslySetInnerHTML, which no code of ours uses.
const EXPLAINED = new Set(['UNSAFE_VAR_ASSIGNMENT']);

describe('Firefox', () => {
  it('builds a package that web-ext lint passes', () => {
    expect(existsSync(join(FIREFOX_DIR, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-input'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w: { code: string }) => !EXPLAINED.has(w.code))).toEqual([]);
  });

  it.skipIf(!existsSync(FIREFOX))('runs its content script in firefox-esr on a LinkedIn search page', async () => {
    const exp = JSON.parse(readFixture('linkedin/guest-search.expected.json'));
    const html = readFixture('linkedin/guest-search.html');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--no-remote'] });
    try {
      await browser.installExtension(FIREFOX_DIR);
      const page = await browser.newPage();
      const refused: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.url().startsWith('https://www.linkedin.com/jobs/search/')) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        else if (/^https?:/.test(req.url())) {
          refused.push(req.url());
          void req.abort();
        } else void req.continue();
      });
      await page.goto(exp.url);
      await page.waitForFunction((n: number) => document.querySelectorAll('otiose-overlay[data-title]').length === n, { timeout: 20_000 }, exp.titles.length);
      const titles = await page.$$eval('otiose-overlay', (els) => els.map((e) => e.getAttribute('data-title')));
      expect(titles).toEqual(exp.titles);
      expect(await page.$eval('otiose-overlay[data-dossier="staff-machine-learning-engineer"]', (e) => e.getAttribute('data-title'))).toMatch(/^Staff Machine Learning Engineer/);
      expect(refused.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]); // the browser asks for the site icon itself
    } finally {
      await browser.close();
    }
  }, 90_000);
});

