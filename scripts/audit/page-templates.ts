import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames } from '#src/schema/names.ts';

/** One built page standing for a template in one locale. */
interface TemplateSample {
  /** The template, locale left out: "entry:services", "topic", "papers/networks/print". */
  template: string;
  /** Its locale, "" for the pages outside the locale folders (the language choice, 404). */
  locale: string;
  /** The page, relative to the site's root ("de/services/mbe-awo/index.html"). */
  path: string;
}

/** Every HTML page of a built site ("de/index.html"), without the CMS at /admin/ and build assets. */
export function listHtmlPages(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((item) => {
    const path = dir ? `${dir}/${item.name}` : item.name;
    if (item.isDirectory()) return ['_astro', 'admin'].includes(path) ? [] : listHtmlPages(root, path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

/** Folders whose sub-folders are pages of one template each (an entry, a topic, a matter). */
const templateFolders = new Set<string>([...collectionNames, 'topics', 'finder']);

/** The template a built page belongs to, and its locale ("" for pages outside the locale folders). */
export function templateOf(path: string, locales: readonly string[]): { template: string; locale: string } {
  const segments = path
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  const locale = locales.includes(segments[0] ?? '') ? segments.shift()! : '';
  const [folder, id, ...rest] = segments;
  if (folder && id && rest.length === 0 && templateFolders.has(folder)) {
    return { template: collectionNames.includes(folder as never) ? `entry:${folder}` : `${folder}/*`, locale };
  }
  return { template: segments.join('/') || (path.endsWith('.html') && !path.endsWith('index.html') ? path : 'home'), locale };
}

/**
 * One page per template and locale: of the pages sharing a template, the largest file, which
 * shows the most of the template (facts, places, Markdown, related entries). Every other page
 * (home, lists, papers and their print layouts, brochure, slip, search, map …) is a template
 * of its own.
 */
export function templateSamples(root: string, pages: string[], locales: readonly string[]): TemplateSample[] {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const { template, locale } = templateOf(path, locales);
    const key = `${locale}\u0000${template}`;
    const size = statSync(join(root, path)).size;
    const current = largest.get(key);
    if (!current || size > current.size) largest.set(key, { path, size });
  }
  return [...largest.entries()]
    .map(([key, { path }]) => {
      const [locale = '', template = ''] = key.split('\u0000');
      return { template, locale, path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
