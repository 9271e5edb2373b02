import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

/** A built site served on 127.0.0.1 with a Chromium to look at it. */
export interface SiteUnderTest {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serve a built site and launch Chromium; `close()` stops both. */
export async function openSite(root: string): Promise<SiteUnderTest> {
  const server: StaticServer = await serveStatic(root);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Every HTML file of a built site, as paths relative to it ("de/index.html"). */
export function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(root, path);
    return name.endsWith('.html') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/** Page paths listed in the site's sitemap, as URL paths ("/de/a-z/"). */
export function sitemapPaths(root: string): string[] {
  const files = readdirSync(root).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
}

/**
 * A deterministic sample of pages spread over all languages: round robin over the language
 * prefixes, each taking pages spread evenly over its sorted list, until `size` are chosen.
 */
export function samplePaths(paths: string[], size: number): string[] {
  const byLocale = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const locale = path.split('/')[1] ?? '';
    if (locale) byLocale.set(locale, [...(byLocale.get(locale) ?? []), path]);
  }
  // Spread each list: first, middle, quarters, … (bit-reversal order of positions).
  const spread = (list: string[]) => {
    const order: string[] = [];
    for (let parts = 1; order.length < list.length; parts *= 2) {
      for (let index = 0; index < parts; index++) {
        const item = list[Math.floor(((index + 0.5) * list.length) / parts)];
        if (item !== undefined && !order.includes(item)) order.push(item);
      }
      if (parts > list.length * 2) break;
    }
    return order;
  };
  const queues = [...byLocale.values()].map(spread);
  const chosen: string[] = [];
  while (chosen.length < size && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < size) chosen.push(next);
    }
  }
  return chosen;
}

/** Collect the CSP violations each page of the context reports, from before its first script runs. */
export async function watchCspViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return (page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
