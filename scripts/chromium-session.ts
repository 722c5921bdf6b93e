// Real Chromium with the production build of the extension loaded, used by the end-to-end tests
// and the demo. The boards' real URLs are answered from the project's fixtures by request routing. Nothing goes over the network: any
// request no route answers is aborted and recorded, and tests may assert there were none.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** URLs something tried to fetch that no route answered (they were aborted). */
  unrouted: string[];
  /** Serve `body` at every URL matching `pattern` (a glob or RegExp). */
  serve(pattern: string | RegExp, body: string | (() => string), contentType?: string): Promise<void>;
  /** Opens a page at a board URL with the fixture served there. */
  openFixture(url: string, fixturePath: string): Promise<Page>;
  /** The popup as a page, told which page it is about and, optionally, which tab (URL pattern). */
  openPopup(pageUrl?: string, tabPattern?: string): Promise<Page>;
  close(): Promise<void>;
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export async function launch(opts: { userDataDir?: string; headless?: boolean } = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npx wxt build" first (npm run test:e2e does).`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'otiose-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const unrouted: string[] = [];
  const routes: Array<{ pattern: string | RegExp; handler: (route: Route) => Promise<void> }> = [];
  // Last resort: anything on http(s) that no fixture answers is refused and recorded.
  await context.route(/^https?:\/\//, async (route) => {
    unrouted.push(route.request().url());
    await route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const session: Session = {
    context,
    extensionId,
    unrouted,
    async serve(pattern, body, contentType = 'text/html; charset=utf-8') {
      const handler = async (route: Route) => {
        await route.fulfill({ status: 200, contentType, body: typeof body === 'function' ? body() : body });
      };
      routes.push({ pattern, handler });
      await context.route(pattern, handler);
    },
    async openFixture(url, fixturePath) {
      await session.serve(url.split('?')[0]! + '**', readFixture(fixturePath));
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPopup(pageUrl, tabPattern) {
      const page = await context.newPage();
      const query = new URLSearchParams();
      if (pageUrl) query.set('url', pageUrl);
      if (tabPattern) query.set('tab', tabPattern);
      await page.goto(`chrome-extension://${extensionId}/popup.html${query.size ? `?${query}` : ''}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** The overlays on a page: their public contract attributes, in document order. */
export async function overlays(page: Page): Promise<Array<{ title: string; dossier: string | null; level: string | null }>> {
  return page.$$eval('otiose-overlay', (els) =>
    els.map((e) => ({ title: e.getAttribute('data-title') ?? '', dossier: e.getAttribute('data-dossier'), level: e.getAttribute('data-level') })),
  );
}

/** Waits until the page shows `count` overlays (the scanner works in animation frames). */
export async function waitForOverlayCount(page: Page, count: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('otiose-overlay').length === n, count, { timeout });
}
