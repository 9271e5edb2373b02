import type { CollectionName } from '../schema/names.ts';

/**
 * Every URL of the site comes from here; templates never glue paths together. All paths are
 * absolute from the site root and end with a slash (matching `trailingSlash: 'always'`).
 * Every language has its own prefix, German too: /de/…, /ar/….
 */

export function homePath(locale: string): string {
  return `/${locale}/`;
}

/** List of all entries of one collection. */
export function collectionPath(locale: string, collection: CollectionName): string {
  return `/${locale}/${collection}/`;
}

/** The page of one entry. */
export function entryPath(locale: string, collection: CollectionName, id: string): string {
  return `/${locale}/${collection}/${id}/`;
}

/** A–Z index of all entries. */
export function indexPath(locale: string): string {
  return `/${locale}/a-z/`;
}

/** Overview of all topics. */
export function topicsPath(locale: string): string {
  return `/${locale}/topics/`;
}

/** Everything on one topic. */
export function topicPath(locale: string, topic: string): string {
  return `/${locale}/topics/${topic}/`;
}

/** Search results; filters become query parameters so a result list can be bookmarked. */
export function searchPath(locale: string, query: Record<string, string | string[]> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item) params.append(key, item);
  }
  const search = params.toString();
  return `/${locale}/search/${search ? `?${search}` : ''}`;
}

/** Open data page listing every download. */
export function openDataPath(locale: string): string {
  return `/${locale}/open-data/`;
}

/** Absolute URL for a path, for canonical links, sitemaps, QR codes and exports. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/** The same page in another language: swaps the locale prefix of a path. */
export function switchLocale(path: string, locale: string): string {
  return path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${locale}`);
}

/** The search index of one language (prerendered JSON, loaded when a visitor starts searching). */
export function searchIndexPath(locale: string): string {
  return `/${locale}/search-index.json`;
}

/** The "who is responsible?" finder: start page, or a step given by its path segments. */
export function finderPath(locale: string, ...steps: string[]): string {
  return `/${locale}/finder/${steps.map((step) => `${step}/`).join('')}`;
}

/** The map of all locations; `focus` opens it on one entry. */
export function mapPath(locale: string, focus?: string): string {
  return `/${locale}/map/${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
}
