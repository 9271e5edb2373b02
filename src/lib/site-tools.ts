import type { Translate } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import {
  brochurePath,
  cooperationPath,
  counsellingComparisonPath,
  downloadPath,
  finderPath,
  mapPath,
  networkMapPath,
  openDataPath,
  paperPath,
  referralPath,
} from './paths.ts';
import { pdfNames } from './publish/downloads.ts';
import { paperIds, type PaperId } from './publish/papers.ts';
import type { footerRoles } from './required-pages.ts';

/** Kinds of the site's own things in search results and facets, beside the collections. */
export const siteToolKinds = ['publications', 'tools'] as const;
export type SiteToolKind = (typeof siteToolKinds)[number];

/**
 * Kinds that are files to download or print: a search with "PDF", "Download" or "Formular"
 * (UI string `search.downloadWords`) prefers them. `documents` is the collection of issue 12.
 */
export const downloadKinds: readonly string[] = ['publications', 'documents'];

/**
 * One of the site's own publications or tools, found by search like an entry. Everything a
 * reader sees of it comes from the UI strings, so every language has its own words.
 */
export interface SiteTool {
  /** Stable id, distinct from every entry id (`npm run check` keeps entry ids apart from these). */
  id: string;
  kind: SiteToolKind;
  /** Its page, or its file, in a language. */
  path: (locale: string) => string;
  title: (t: Translate) => string;
  description: (t: Translate) => string;
  /** Comma-separated words people search it by, its everyday name first. */
  words: UiKey;
  /** A file `npm run papers` must write (`pdfNames`); until it does, the item is not offered. */
  pdf?: string;
}

const text = (key: UiKey) => (t: Translate) => t(key);

function paper(id: PaperId): SiteTool {
  return {
    id: `paper-${id}`,
    kind: 'publications',
    path: (locale) => paperPath(locale, id),
    title: (t) => t('paper.title', { name: t(`paper.${id}`) }),
    description: text('papers.intro'),
    words: 'papers.searchWords',
  };
}

/** The site's own publications and tools, in the order the search page lists equal results. */
export const siteTools: readonly SiteTool[] = [
  ...paperIds.map(paper),
  { id: 'brochure', kind: 'publications', path: brochurePath, title: text('brochure.title'), description: text('brochure.intro'), words: 'brochure.searchWords' },
  // prettier-ignore
  { id: 'brochure-counter', kind: 'publications', path: (locale) => downloadPath(locale, 'brochure-counter'), pdf: 'brochure-counter', title: text('brochure.counterTitle'), description: text('brochure.counterIntro'), words: 'brochure.counterSearchWords' },
  { id: 'counselling', kind: 'tools', path: (locale) => counsellingComparisonPath(locale), title: text('compare.title'), description: text('compare.intro'), words: 'compare.searchWords' },
  { id: 'finder', kind: 'tools', path: (locale) => finderPath(locale), title: text('finder.title'), description: text('finder.intro'), words: 'finder.searchWords' },
  { id: 'map', kind: 'tools', path: (locale) => mapPath(locale), title: text('geomap.title'), description: text('geomap.description'), words: 'geomap.searchWords' },
  { id: 'network-map', kind: 'tools', path: networkMapPath, title: text('map.title'), description: text('map.description'), words: 'map.searchWords' },
  { id: 'cooperation', kind: 'tools', path: cooperationPath, title: text('cooperation.title'), description: text('cooperation.intro'), words: 'cooperation.searchWords' },
  { id: 'open-data', kind: 'tools', path: openDataPath, title: text('openData.title'), description: text('openData.intro'), words: 'openData.searchWords' },
  { id: 'referral', kind: 'tools', path: referralPath, title: text('referral.title'), description: text('referral.intro'), words: 'referral.searchWords' },
];

/** The publications and tools this build offers: those whose file `npm run papers` writes. */
export function offeredSiteTools(): SiteTool[] {
  return siteTools.filter((tool) => !tool.pdf || (pdfNames as readonly string[]).includes(tool.pdf));
}

/**
 * Words people search the required pages by (Impressum, privacy, accessibility, Leichte Sprache):
 * the pages are entries with their own titles, but often only in German, so each language adds
 * its own names for them.
 */
export const pageRoleWords: Record<(typeof footerRoles)[number], UiKey> = {
  imprint: 'footer.imprintWords',
  privacy: 'footer.privacyWords',
  accessibility: 'footer.accessibilityWords',
  'easy-language': 'footer.easyLanguageWords',
};

/** The words of a `words` UI string, one search phrase each. */
export function searchWordsOf(t: Translate, key: UiKey): string[] {
  return t(key)
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}
