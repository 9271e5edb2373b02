import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectionNames } from '#src/schema/names.ts';

/**
 * Page weight of a built page, for `npm run bench` and the budget test: gzipped HTML + CSS
 * (the brief's budget: ≤ 30 KB for an entry page) and the JavaScript a visitor downloads up
 * front (module scripts, their static imports and modulepreloads; lazy `import()` chunks such
 * as the search index or Leaflet are not counted, they load only on demand).
 */

/** One file a page loads, with its size raw and gzipped. */
interface AssetWeight {
  /** URL path ("/_astro/global.abc.css"), or "(inline)" for a `<style>`/`<script>` in the page. */
  file: string;
  bytes: number;
  gzip: number;
}

interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  css: AssetWeight[];
  cssGzip: number;
  /** What the budget measures: gzipped HTML plus gzipped CSS. */
  htmlCssGzip: number;
  js: AssetWeight[];
  jsGzip: number;
}

/** Reads a file of the built site by URL path; undefined when it does not exist. */
type ReadAsset = (urlPath: string) => Uint8Array | undefined;

const gzipSize = (data: Uint8Array | string) => gzipSync(data).length;

// Pages share their stylesheets and scripts: with a reader that returns the same bytes for the
// same file (`distAssetReader`), each asset is compressed once, not once per page.
const assetGzip = new WeakMap<Uint8Array, number>();

function weigh(file: string, data: Uint8Array | string): AssetWeight {
  if (typeof data === 'string') return { file, bytes: Buffer.byteLength(data), gzip: gzipSize(data) };
  let gzip = assetGzip.get(data);
  if (gzip === undefined) assetGzip.set(data, (gzip = gzipSize(data)));
  return { file, bytes: data.length, gzip };
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)]
      .slice(1)
      .map((match) => [match[1]?.toLowerCase() ?? '', match[2] ?? match[3] ?? match[4] ?? '']),
  );
}

/** URL paths a JavaScript module imports statically (`import … from`, `export … from`, bare `import "…"`). */
export function staticImports(source: string, fromUrl: string): string[] {
  const found = [...source.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1] ?? '',
  );
  return found
    .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
    .map((specifier) => posix.resolve(posix.dirname(fromUrl), specifier));
}

/**
 * Weigh one built page. Pure apart from `readAsset`, so it can be tested on strings and used on
 * any output folder.
 */
export function measurePage(html: string, readAsset: ReadAsset): PageWeight {
  const css: AssetWeight[] = [];
  const js: AssetWeight[] = [];
  const seenJs = new Set<string>();

  const addScript = (url: string) => {
    if (seenJs.has(url)) return;
    seenJs.add(url);
    const data = readAsset(url);
    if (!data) return;
    js.push(weigh(url, data));
    for (const imported of staticImports(Buffer.from(data).toString('utf8'), url)) addScript(imported);
  };

  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') && attrs['href']) {
      const data = readAsset(attrs['href']);
      if (data) css.push(weigh(attrs['href'], data));
    }
    if (rel.includes('modulepreload') && attrs['href']) addScript(attrs['href']);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css.push(weigh('(inline)', match[1] ?? ''));
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(`<script ${match[1] ?? ''}>`);
    const type = (attrs['type'] ?? '').toLowerCase();
    // JSON-LD and other data blocks are not code.
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    if (attrs['src']) addScript(attrs['src']);
    else if ((match[2] ?? '').trim()) js.push(weigh('(inline)', match[2] ?? ''));
  }

  const htmlGzip = gzipSize(html);
  const cssGzip = css.reduce((sum, asset) => sum + asset.gzip, 0);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    css,
    cssGzip,
    htmlCssGzip: htmlGzip + cssGzip,
    js,
    jsGzip: js.reduce((sum, asset) => sum + asset.gzip, 0),
  };
}

/** Reads the assets of a built site folder, each file once. */
export function distAssetReader(distDir: string): ReadAsset {
  const files = new Map<string, Uint8Array | undefined>();
  return (urlPath) => {
    const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
    if (!files.has(path)) {
      try {
        files.set(path, readFileSync(join(distDir, path)));
      } catch {
        files.set(path, undefined);
      }
    }
    return files.get(path);
  };
}

/** `measurePage` for a page of a built site folder, e.g. `measurePageInDist('dist', 'de/index.html')`. */
export function measurePageInDist(distDir: string, page: string, readAsset: ReadAsset = distAssetReader(distDir)): PageWeight {
  return measurePage(readFileSync(join(distDir, page), 'utf8'), readAsset);
}

const collectionSet = new Set<string>(collectionNames);

/**
 * Kind of a built page from its path ("de/organisations/abh/index.html" → "entry:organisations"),
 * so weights can be reported per page type.
 */
export function pageType(page: string): string {
  const parts = page.split('/').filter(Boolean);
  // The CMS (/admin/) is an editors' tool, not a page type readers load.
  if (parts[0] === 'admin') return 'cms-admin';
  if (parts.length === 1) return parts[0] === 'index.html' ? 'language-choice' : (parts[0]?.replace(/\.html$/, '') ?? '');
  const [, first = '', second = ''] = parts;
  if (first === 'index.html') return 'home';
  if (collectionSet.has(first)) return second === 'index.html' ? `list:${first}` : `entry:${first}`;
  if (first === 'topics') return second === 'index.html' ? 'topics' : 'topic';
  return first.replace(/\.html$/, '');
}

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path, root);
    return name.endsWith('.html') ? [relative(root, path).split('\\').join('/')] : [];
  });
}

/** Per page type: how many pages, the largest HTML+CSS and JS weights, and which scripts load. */
interface PageTypeWeight {
  pages: number;
  /** Heaviest page of the type and its weights. */
  heaviest: string;
  maxHtmlCssGzip: number;
  maxJsGzip: number;
  scripts: string[];
}

/** Weigh every HTML page of a built site, grouped by page type. */
export function weightsByPageType(distDir: string): Record<string, PageTypeWeight> {
  const result: Record<string, PageTypeWeight> = {};
  const readAsset = distAssetReader(distDir);
  for (const page of htmlFiles(distDir)) {
    const weight = measurePageInDist(distDir, page, readAsset);
    const type = pageType(page);
    const current = result[type] ?? { pages: 0, heaviest: page, maxHtmlCssGzip: 0, maxJsGzip: 0, scripts: [] };
    current.pages += 1;
    if (weight.htmlCssGzip > current.maxHtmlCssGzip) {
      current.maxHtmlCssGzip = weight.htmlCssGzip;
      current.heaviest = page;
    }
    current.maxJsGzip = Math.max(current.maxJsGzip, weight.jsGzip);
    for (const script of weight.js) if (!current.scripts.includes(script.file)) current.scripts.push(script.file);
    result[type] = current;
  }
  return result;
}
