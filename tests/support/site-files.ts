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

/**
 * Undo the escaping HTML and JSON apply, so a value is found however it was written out; also
 * the isolation right-to-left text gives its numbers and German terms (`<bdi>`, U+2066–U+2069).
 */
export function decodeForSearch(text: string): string {
  return text
    .replace(/<bdi\b[^>]*>|<\/bdi>|[\u2066-\u2069]/g, '')
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

/**
 * Where each of many values occurs in many texts: "file: value" for every occurrence found.
 * One pass of one pattern over every text instead of a search per value and text (hundreds of
 * values over a whole build). A match hides values inside or overlapping it, so a value only
 * ever found within another one is looked up on its own in the files where nothing else matched.
 */
export function findValues(files: { path: string; text: string }[], values: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const unique = [...new Set(values.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return found;
  const pattern = new RegExp(unique.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const note = (value: string, path: string) => {
    const paths = found.get(value) ?? [];
    if (!paths.includes(path)) paths.push(path);
    found.set(value, paths);
  };
  const matched = new Set<string>();
  for (const file of files) {
    for (const [value] of file.text.matchAll(pattern)) {
      note(value, file.path);
      matched.add(file.path);
    }
  }
  // Values never matched may still sit inside another value's match, in a file with a match.
  for (const value of unique.filter((item) => !found.has(item))) {
    for (const file of files) if (matched.has(file.path) && file.text.includes(value)) note(value, file.path);
  }
  return found;
}
