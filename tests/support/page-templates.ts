import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Which page template a built URL comes from, read from the route files in src/pages (not from
 * a list of URLs), so that the browser tests keep covering every template when pages are added,
 * removed or reshaped.
 */

/** A route file of src/pages and the URL paths it makes. */
export interface Route {
  /** The file, relative to src/pages ("[locale]/[collection]/[id].astro"). */
  file: string;
  /** Names of its parameters, in order ("locale", "collection", "id"). */
  params: string[];
  pattern: RegExp;
  /** Segment kinds, for Astro's priority: static before named parameter before rest parameter. */
  rank: number[];
}

const segmentRank = { static: 0, param: 1, rest: 2 } as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route files of a pages folder, most specific first (the order in which Astro matches). */
export function pageRoutes(pagesDir = resolve('src/pages')): Route[] {
  const routes = filesUnder(pagesDir)
    .map((path) => relative(pagesDir, path).split('\\').join('/'))
    .filter((file) => /\.(astro|md|mdx|ts|js)$/.test(file))
    .map((file): Route => {
      const segments = file.replace(/\.[a-z]+$/, '').split('/');
      if (segments.at(-1) === 'index') segments.pop();
      const params: string[] = [];
      const rank: number[] = [];
      const parts = segments.map((segment) => {
        const rest = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (rest) {
          params.push(rest[1] ?? '');
          rank.push(segmentRank.rest);
          return '(.+?)';
        }
        rank.push(/\[\w+\]/.test(segment) ? segmentRank.param : segmentRank.static);
        return segment
          .split(/(\[\w+\])/)
          .map((part) => {
            const name = /^\[(\w+)\]$/.exec(part)?.[1];
            if (!name) return escape(part);
            params.push(name);
            return '([^/]+)';
          })
          .join('');
      });
      return { file, params, rank, pattern: new RegExp(`^/${parts.map((part) => `${part}/`).join('')}$`) };
    });
  const compare = (a: Route, b: Route) => {
    for (let index = 0; index < Math.max(a.rank.length, b.rank.length); index++) {
      // A route that ends here is more specific than one that goes on with a rest parameter.
      const [x = -1, y = -1] = [a.rank[index], b.rank[index]];
      if (x !== y) return x - y;
    }
    return a.file.localeCompare(b.file);
  };
  return routes.sort(compare);
}

/** Where a page path comes from: its route, language and template. */
export interface PageOrigin {
  route: Route;
  /** The `[locale]` parameter, or "" for pages outside the languages (the language choice). */
  locale: string;
  /**
   * The template: the route file, and for a route with more than one parameter besides the
   * language, the value of the first (the collection of an entry page), whose pages differ
   * in what they show.
   */
  template: string;
}

/** The route a built page path ("/de/faq/x/") was made by, or undefined. */
export function originOf(routes: Route[], path: string): PageOrigin | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(path.endsWith('/') ? path : `${path}/`);
    if (!match) continue;
    const values = new Map(route.params.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
    const others = route.params.filter((name) => name !== 'locale');
    const split = others.length > 1 ? `#${others[0]}=${values.get(others[0] ?? '')}` : '';
    return { route, locale: values.get('locale') ?? '', template: `${route.file}${split}` };
  }
  return undefined;
}

/** A stable pseudo-random order of paths: the same path always gets the same place. */
function byHash(paths: string[]): string[] {
  const key = (path: string) => createHash('sha1').update(path).digest('hex');
  return paths
    .map((path) => ({ path, key: key(path) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ path }) => path);
}

/**
 * The pages a browser test visits: the first page (in path order) of every template in every
 * language, plus `sampleSize` other pages in a fixed pseudo-random order (a page's place depends
 * on its path alone, so the sample stays put when other pages come and go).
 */
export function templateSample(paths: string[], sampleSize: number, routes = pageRoutes()): { templates: string[]; sample: string[] } {
  const firstOf = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const origin = originOf(routes, path);
    const key = origin ? `${origin.template} ${origin.locale}` : `(no route) ${path}`;
    if (!firstOf.has(key)) firstOf.set(key, path);
  }
  const templates = [...firstOf.values()].sort();
  const chosen = new Set(templates);
  const sample = byHash(paths.filter((path) => !chosen.has(path))).slice(0, sampleSize);
  return { templates, sample };
}
