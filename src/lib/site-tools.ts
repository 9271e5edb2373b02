import type { Translate } from '#src/i18n/translate.ts';
import type { UiKey } from '#src/i18n/ui-strings.ts';
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
type SiteToolKind = (typeof siteToolKinds)[number];

/**
 * One of the site's own publications or tools, found by search like an entry. Everything a
 * reader sees of it comes from the UI strings, so every language has its own words.
 */
interface SiteTool {
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

/** A publication or tool whose title, description and search words are plain UI strings. */
function item(
  id: string,
  kind: SiteToolKind,
  path: SiteTool['path'],
  title: UiKey,
  description: UiKey,
  words: UiKey,
  pdf?: string,
): SiteTool {
  return { id, kind, path, title: text(title), description: text(description), words, ...(pdf ? { pdf } : {}) };
}

/** An interface paper: its title names the paper ("Schnittstellenpapier Netzwerke"). */
function paper(id: PaperId): SiteTool {
  return {
    ...item(`paper-${id}`, 'publications', (locale) => paperPath(locale, id), 'paper.title', 'papers.intro', 'papers.searchWords'),
    title: (t) => t('paper.title', { name: t(`paper.${id}`) }),
  };
}

/** The counter edition of the brochure is a PDF only (issue 12): its search result is the file. */
const counterPdf = 'brochure-counter';
const counterPdfPath = (locale: string) => downloadPath(locale, counterPdf);

/** The site's own publications and tools, in the order the search page lists equal results. One line each. */
export const siteTools: readonly SiteTool[] = [
  ...paperIds.map(paper),
  item('brochure', 'publications', brochurePath, 'brochure.title', 'brochure.intro', 'brochure.searchWords'),
  // prettier-ignore
  item('brochure-counter', 'publications', counterPdfPath, 'brochure.counterTitle', 'brochure.counterIntro', 'brochure.counterSearchWords', counterPdf),
  item('counselling', 'tools', counsellingComparisonPath, 'compare.title', 'compare.intro', 'compare.searchWords'),
  item('finder', 'tools', finderPath, 'finder.title', 'finder.intro', 'finder.searchWords'),
  item('map', 'tools', mapPath, 'geomap.title', 'geomap.description', 'geomap.searchWords'),
  item('network-map', 'tools', networkMapPath, 'map.title', 'map.description', 'map.searchWords'),
  item('cooperation', 'tools', cooperationPath, 'cooperation.title', 'cooperation.intro', 'cooperation.searchWords'),
  item('open-data', 'tools', openDataPath, 'openData.title', 'openData.intro', 'openData.searchWords'),
  item('referral', 'tools', referralPath, 'referral.title', 'referral.intro', 'referral.searchWords'),
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
