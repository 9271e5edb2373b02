import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { launchBrowser, recordPage, visitInTabs } from '../support/browser.ts';
import { pdfLocales, testBuilds } from '../support/builds.ts';
import { templateSample } from '../support/page-templates.ts';
import { builtFileFor, decodeForSearch, sitemapUrls } from '../support/site-files.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// Every page of the public site: its links and resources exist and stay on the site (read from
// the built HTML, including attributes a browser would not fetch). And as a visitor's browser
// sees it, every page template in every language and a fixed sample of the other pages load,
// say nothing in red in the console and ask no other host for anything: pages of one template
// differ only in their data, which the static check reads on every page.

const root = testBuilds.public;
const site = readSiteConfig();
const siteOrigin = new URL(site.url).origin;
// Read when the test file is collected; the global setup has built the site by then.
const pages = sitemapUrls(root).map((url) => new URL(url).pathname);
/** Pages the browser visits besides one per template and language (their links: the static check). */
const sampleSize = 40;
const { templates, sample } = templateSample(pages, sampleSize);
const byLocale = Map.groupBy([...templates, ...sample], (path) => path.split('/')[1] || '(root)');

/**
 * Whether a link of the site leads somewhere. The set-up prints the PDFs in the languages the
 * tests read (pdfLocales); `npm run papers` prints each document the same way in every language,
 * so a link to one in another language counts when it was printed in German.
 */
function linkResolves(pathname: string): boolean {
  if (builtFileFor(root, pathname)) return true;
  const [, locale = '', file = ''] = /^\/downloads\/([^/]+)\/([^/]+\.pdf)$/.exec(pathname) ?? [];
  return file !== '' && !(pdfLocales as readonly string[]).includes(locale) && builtFileFor(root, `/downloads/de/${file}`) !== undefined;
}

/** Links and resources of a built page, read from its HTML without a browser. */
function staticFindings(path: string): string[] {
  const file = builtFileFor(root, path);
  if (!file) return [`${path}: no built file`];
  const html = readFileSync(join(root, file), 'utf8');
  const findings: string[] = [];
  const base = new URL(path, siteOrigin);
  for (const [, tag = '', attributes = ''] of html.matchAll(/<([a-z][\w-]*)(\s[^>]*)?>/gi)) {
    for (const [, name = '', raw = ''] of attributes.matchAll(/\s(href|src|srcset|xlink:href)="([^"]*)"/gi)) {
      const values = name === 'srcset' ? raw.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [raw];
      for (const value of values.map(decodeForSearch).filter(Boolean)) {
        const url = new URL(value, base);
        if (url.protocol === 'javascript:') findings.push(`<${tag}> links to ${value}`);
        if (url.origin === siteOrigin && !linkResolves(url.pathname)) findings.push(`broken link <${tag}> ${value}`);
        // Only a link the reader follows may point elsewhere; what the page loads comes from the site.
        if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin && tag.toLowerCase() !== 'a')
          findings.push(`<${tag}> loads from another host: ${value}`);
      }
    }
  }
  return findings.map((finding) => `${path}: ${finding}`);
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(root);
  browser = await launchBrowser();
  // Service workers are blocked (launchBrowser): a page load is what a first visit does.
  context = await browser.newContext();
  // Nothing may leave the machine: no other host resolves (launchBrowser), and a request
  // elsewhere is recorded by the page (`inspect`).
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Load one page in a tab and return what is wrong with it, one line per finding. */
async function inspect(page: Page, path: string): Promise<string[]> {
  const record = recordPage(page);
  const findings: string[] = [];
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (response?.status() !== 200) findings.push(`status ${response?.status()}`);
  const targets = await page.$$eval('[href], [src], [srcset]', (elements) =>
    elements.flatMap((element) => {
      const values = ['href', 'src', 'xlink:href'].map((name) => element.getAttribute(name) ?? '').filter(Boolean);
      const srcset = element.getAttribute('srcset');
      if (srcset) values.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
      return values.map((value) => ({ tag: element.tagName.toLowerCase(), value, url: new URL(value, document.baseURI).href }));
    }),
  );
  for (const target of targets) {
    const url = new URL(target.url);
    if (url.protocol === 'javascript:') findings.push(`<${target.tag}> links to ${target.value}`);
    const local = url.origin === server.url || url.origin === siteOrigin;
    if (local && !linkResolves(url.pathname)) findings.push(`broken link <${target.tag}> ${target.value}`);
  }
  record.stop();
  findings.push(...record.consoleErrors.map((message) => `console error: ${message}`));
  findings.push(...record.pageErrors.map((message) => `uncaught: ${message}`));
  const foreign = record.requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
  findings.push(...foreign.map((url) => `request to another host: ${url}`));
  return findings.map((finding) => `${path}: ${finding}`);
}

describe('the public site', () => {
  it('lists the home page of every configured language in its sitemap', () => {
    for (const locale of site.locales) expect(pages).toContain(`/${locale}/`);
  });

  it(`links only to pages and files that exist, on all ${pages.length} sitemap pages`, () => {
    expect(pages.flatMap(staticFindings)).toEqual([]);
  });

  it(`visits every template in every language (${templates.length} pages) and ${sample.length} other pages in the browser`, () => {
    for (const locale of site.locales) expect(templates).toContain(`/${locale}/`);
    expect(templates.length).toBeGreaterThan(10 * site.locales.length);
    expect(sample.length).toBe(Math.min(sampleSize, pages.length - templates.length));
  });

  for (const [locale, paths] of byLocale) {
    it(
      `loads the templates and sampled pages in ${locale} (${paths.length}) without console errors, broken links or other hosts`,
      { timeout: 600_000 },
      async () => {
        expect((await visitInTabs(context, paths, inspect, 3)).flat()).toEqual([]);
      },
    );
  }
});
