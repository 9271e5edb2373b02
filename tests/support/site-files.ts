import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Every file under a built site, as paths relative to its root ("de/index.html"). */
export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

const textExtensions = new Set([
  '.html',
  '.xml',
  '.json',
  '.js',
  '.mjs',
  '.css',
  '.txt',
  '.csv',
  '.ics',
  '.svg',
  '.webmanifest',
  '.yml',
  '.yaml',
]);

/** Text files of a built site with their content (HTML entities and JSON escapes undone, for searching). */
export function readTextFiles(root: string): { path: string; text: string }[] {
  return listFiles(root)
    .filter((path) => textExtensions.has(extname(path)))
    .map((path) => ({ path, text: decodeForSearch(readFileSync(join(root, path), 'utf8')) }));
}

/** Undo the escaping HTML and JSON apply, so a value is found however it was written out. */
export function decodeForSearch(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["\\/])/g, '$1');
}

/**
 * The built file a URL path resolves to on a static host, or undefined when there is none:
 * "/de/faq/" → "de/faq/index.html", "/favicon.svg" → "favicon.svg".
 */
export function builtFileFor(root: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((candidate) => {
    const file = join(root, candidate);
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile();
  });
}

/** Page URLs listed in a built site's sitemap (sitemap-index.xml and the sitemaps it names). */
export function sitemapUrls(root: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeForSearch(match[1] ?? ''));
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => locs(readFileSync(join(root, new URL(sitemap).pathname), 'utf8')));
}
