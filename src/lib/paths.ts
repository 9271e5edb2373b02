import type { CollectionName } from '#src/schema/names.ts';
import { facetParams } from './search/search-filters.ts';

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

/**
 * Counselling services side by side (age, status, languages, area); with a situation, the
 * offers that fit come first: `/de/counselling/?age=30&status=duldung&district=westend&lang=ar`.
 */
export function counsellingComparisonPath(
  locale: string,
  filters: { age?: number; status?: string[]; district?: string[]; languages?: string[] } = {},
): string {
  const params = new URLSearchParams();
  if (filters.age !== undefined) params.set('age', String(filters.age));
  for (const status of filters.status ?? []) params.append(facetParams['residence-statuses'], status);
  for (const district of filters.district ?? []) params.append(facetParams.districts, district);
  for (const language of filters.languages ?? []) params.append(facetParams.languages, language);
  const query = params.toString();
  return `/${locale}/counselling/${query ? `?${query}` : ''}`;
}

/** The emergency numbers on the home page. */
export function emergencyPath(locale: string): string {
  return `${homePath(locale)}#emergency`;
}

/** Page shown by the service worker when a page was not saved for offline use. */
export function offlinePath(locale: string): string {
  return `/${locale}/offline/`;
}

/** Web app manifest of a language (name, start page and direction in that language). */
export function webManifestPath(locale: string): string {
  return `/${locale}/manifest.webmanifest`;
}

/**
 * The service worker; at the root so it may serve every language. It reads
 * `/<locale>/offline.json` (src/pages/[locale]/offline.json.ts) for the pages to keep.
 */
export function serviceWorkerPath(): string {
  return '/sw.js';
}

/** `tel:` link for a phone number as people write it ("+49 9999 100-3300"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** `mailto:` link with a subject and body filled in. */
export function mailtoHref(email: string, subject?: string, body?: string): string {
  const params = [subject ? `subject=${encodeURIComponent(subject)}` : '', body ? `body=${encodeURIComponent(body)}` : ''].filter(Boolean);
  return `mailto:${email}${params.length ? `?${params.join('&')}` : ''}`;
}

/** A link template from the site configuration with a place filled in ({lat}, {lng}, {address}). */
export function placeLink(template: string, place: { lat: number; lng: number; address?: string }): string {
  return template
    .replaceAll('{lat}', String(place.lat))
    .replaceAll('{lng}', String(place.lng))
    .replaceAll('{address}', encodeURIComponent(place.address ?? ''));
}

// --- publisher (papers, brochure, referral slip, cooperation, network map, open data) ---

/** Overview of the interface papers and the brochure. */
export function papersPath(locale: string): string {
  return `/${locale}/papers/`;
}

/** One interface paper as a web page with filters. */
export function paperPath(locale: string, paper: string): string {
  return `/${locale}/papers/${paper}/`;
}

/** Print layout of a paper (cover, contents, chapters); the PDF is made from it. */
export function paperPrintPath(locale: string, paper: string): string {
  return `/${locale}/papers/${paper}/print/`;
}

/** The referral brochure: topic choice and format. */
export function brochurePath(locale: string): string {
  return `/${locale}/brochure/`;
}

/** Print layout of the brochure; `topics` limits the chapters, `format` is A4 or A5. */
export function brochurePrintPath(locale: string, options: { topics?: string[]; format?: 'A4' | 'A5' } = {}): string {
  const params = new URLSearchParams();
  if (options.topics && options.topics.length > 0) params.set('topics', options.topics.join(','));
  if (options.format && options.format !== 'A4') params.set('format', options.format);
  const query = params.toString().replaceAll('%2C', ',');
  return `/${locale}/brochure/print/${query ? `?${query}` : ''}`;
}

/** Print layout of the counter edition of the brochure (A5, entries chosen by the editors). */
export function counterBrochurePath(locale: string): string {
  return `/${locale}/brochure/counter/`;
}

/**
 * The QR code of an entry as printed in the brochures: an SVG file leading to the entry's page
 * in that language (src/pages/[locale]/qr/[collection]/[id].svg.ts).
 */
export function entryQrPath(locale: string, collection: CollectionName, id: string): string {
  return `/${locale}/qr/${collection}/${id}.svg`;
}

/** The referral slip (basket) page. */
export function referralPath(locale: string): string {
  return `/${locale}/referral/`;
}

/**
 * The slip page that prints itself once it has drawn the basket (the comparison's "print slip"):
 * the fragment never reaches a server and is removed right after printing.
 */
export function referralPrintPath(locale: string): string {
  return `${referralPath(locale)}#print`;
}

/** What the slip needs of every entry in one language (prerendered JSON). */
export function referralDataPath(locale: string): string {
  return `/referral-data/${locale}.json`;
}

/** Partners of the immigration office by cooperation level. */
export function cooperationPath(locale: string): string {
  return `/${locale}/cooperation/`;
}

/** Network map, network view and overlap table. */
export function networkMapPath(locale: string): string {
  return `/${locale}/network-map/`;
}

/** CSV or JSON download of a paper (German, the source language). */
export function paperDataPath(paper: string, format: 'csv' | 'json'): string {
  return `/open-data/papers/${paper}.${format}`;
}

/** HSDS 3.1 files: organizations, services, locations, taxonomy_terms. */
export function hsdsPath(file: string): string {
  return `/open-data/hsds/${file}.json`;
}

/** iCalendar file of one network's meetings, or of all networks with `all`. */
export function calendarPath(network: string): string {
  return `/open-data/calendar/${network}.ics`;
}

/** A PDF made by `npm run papers`: "paper-networks", "brochure-a4", "brochure-a5". */
export function downloadPath(locale: string, name: string): string {
  return `/downloads/${locale}/${name}.pdf`;
}

// --- CMS and editorial office ---

/** The CMS (Decap) for the editorial office. */
export function cmsPath(): string {
  return '/admin/';
}

/** An entry in the CMS, ready to edit (Decap's hash route; the id is the file name). */
export function cmsEntryPath(collection: CollectionName, id: string): string {
  return `/admin/#/collections/${collection}/entries/${id}`;
}

/**
 * Confirm an entry as still correct in one click: the CMS opens it, sets "reviewed" to today
 * and saves a draft with only that change (see cms/admin/widgets/reviewed.ts).
 */
export function cmsConfirmPath(collection: CollectionName, id: string): string {
  return `/admin/?noch-aktuell=${encodeURIComponent(`${collection}/${id}`)}#/collections/${collection}/entries/${id}`;
}

/** The search index of one language (prerendered JSON, loaded when a visitor starts searching). */
export function searchIndexPath(locale: string): string {
  return `/${locale}/search-index.json`;
}

/** The "who is responsible?" finder: the start page, or the page of one matter (a responsibility id). */
export function finderPath(locale: string, matter?: string): string {
  return `/${locale}/finder/${matter ? `${matter}/` : ''}`;
}

/** The map of all locations; `focus` opens it on one entry. */
export function mapPath(locale: string, focus?: string): string {
  return `/${locale}/map/${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
}
