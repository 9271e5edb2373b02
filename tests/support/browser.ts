import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium off the network except for what a page itself requests. No host but
 * this machine has an address: a request elsewhere is still seen by the page's listeners (and
 * can be answered by a `route`), but it fails at once instead of going out. That costs nothing,
 * where intercepting every request with a catch-all `route` sends each one through the test
 * process (a seventh of the smoke test's CPU time).
 */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** Launch Chromium, or fail with instructions when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. End-to-end tests need Debian's Chromium:\n` +
        `  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at another Chromium binary. (CI installs it in .ci/run.)`,
    );
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  // The offline helper's service worker keeps each visited page and its language's core pages
  // for offline use: in a fresh context that is several page loads more behind every visit,
  // about a quarter of a browser test's time. Only tests of offline use (reader/offline.test.ts)
  // let it run, with `serviceWorkers: 'allow'`.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}

/** What a page did on the network and in its console, for assertions. */
export interface PageRecord {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** A new page that records every request, console error and uncaught exception. */
export async function recordedPage(context: BrowserContext): Promise<{ page: Page; record: PageRecord }> {
  const page = await context.newPage();
  return { page, record: recordPage(page) };
}

/** Record what a page does from now on, until `stop()` (a tab reused for many pages records one visit at a time). */
export function recordPage(page: Page): PageRecord & { stop: () => void } {
  const record: PageRecord = { requests: [], consoleErrors: [], pageErrors: [] };
  const onRequest = (request: Request) => record.requests.push(request.url());
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => record.pageErrors.push(String(error));
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  return { ...record, stop };
}

/**
 * Visit every path, a few tabs at a time, and return what `visit` found, in the order of `paths`.
 * Most of a visit is waiting (for the page's requests, for the network to go quiet after the
 * islands have loaded), and tabs side by side share that wait.
 */
export async function visitInTabs<T>(
  context: BrowserContext,
  paths: string[],
  visit: (page: Page, path: string) => Promise<T>,
  tabs = 4,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const tab = async () => {
    const page = await context.newPage();
    for (let index = next++; index < paths.length; index = next++) results[index] = await visit(page, paths[index] ?? '');
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, tab));
  return results;
}
