import type { Translate } from '#src/i18n/translate.ts';
import type { UiKey } from '#src/i18n/ui-strings.ts';
import { collectionNames } from '#src/schema/names.ts';
import type { Directory } from '../content/directory.ts';
import { footerPages } from '../required-pages.ts';
import { offeredSiteTools, pageRoleWords, searchWordsOf, siteToolKinds } from '../site-tools.ts';
import { meaningfulWords } from './normalize-text.ts';
import type { SearchDoc } from './search-index-types.ts';

/** UI strings of the index language and of German (German words find things in every language). */
interface IndexStrings {
  t: Translate;
  german: Translate;
}

/** Label of one result of each kind (`kindOne.*`): the collections and the site's own things. */
export function kindLabelsOf(t: Translate): Record<string, string> {
  return Object.fromEntries([...collectionNames, ...siteToolKinds].map((kind) => [kind, t(`kindOne.${kind}`)]));
}

/**
 * The words that name a kind in a search, by kind. Only kinds people name when they search
 * ("Beratung", "Verein", "PDF") have them; `documents` (issue 12) shares the publications'
 * words: both are files to download or print.
 */
const kindWordKeys: Partial<Record<string, UiKey>> = {
  associations: 'kindWords.associations',
  services: 'kindWords.services',
  networks: 'kindWords.networks',
  checklists: 'kindWords.checklists',
  faq: 'kindWords.faq',
  publications: 'kindWords.publications',
  documents: 'kindWords.publications',
  tools: 'kindWords.tools',
};

/** Search phrases of a `words` UI string in the index language, plus the German ones elsewhere. */
function phrasesOf(strings: IndexStrings, key: UiKey, locale: string): { own: string[]; german: string[] } {
  return { own: searchWordsOf(strings.t, key), german: locale === 'de' ? [] : searchWordsOf(strings.german, key) };
}

/** Normalized phrases naming each of `kinds` (see `SearchIndex.kindWords`). */
export function kindWordsOf(strings: IndexStrings, kinds: readonly string[], locale: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const kind of kinds) {
    const key = kindWordKeys[kind];
    if (!key) continue;
    const { own, german } = phrasesOf(strings, key, locale);
    const phrases = [...new Set([...own, ...german].map((phrase) => meaningfulWords([phrase]).join(' ')).filter(Boolean))];
    if (phrases.length > 0) result[kind] = phrases;
  }
  return result;
}

/**
 * The index entries of the site's own publications and tools (`src/lib/site-tools.ts`). Their
 * everyday name (the first search word) is their name: a query with it lists them first.
 */
export function siteToolDocs(strings: IndexStrings, locale: string): SearchDoc[] {
  return offeredSiteTools().map((tool) => {
    const title = tool.title(strings.t);
    const titleWords = new Set(meaningfulWords([title]));
    const { own, german } = phrasesOf(strings, tool.words, locale);
    const name = meaningfulWords(own.slice(0, 1)).join(' ');
    const nameWords = new Set(name.split(' '));
    const keywords = meaningfulWords(own).filter((word) => !titleWords.has(word) && !nameWords.has(word));
    const shown = new Set([...titleWords, ...nameWords, ...keywords]);
    const text = meaningfulWords([tool.description(strings.t)]).filter((word) => !shown.has(word));
    const doc: SearchDoc = { id: tool.id, c: tool.kind, t: title, p: tool.path(locale) };
    if (name) doc.n = name;
    if (keywords.length > 0) doc.k = keywords.join(' ');
    if (text.length > 0) doc.x = text.join(' ');
    if (german.length > 0) {
      const germanWords = meaningfulWords([tool.title(strings.german), ...german]).filter((word) => !shown.has(word));
      if (germanWords.length > 0) doc.g = germanWords.join(' ');
    }
    return doc;
  });
}

/**
 * The other languages' words for the required pages (Impressum, privacy, accessibility,
 * Leichte Sprache), by the id of the page that has the role: they are added to its keywords.
 */
export function pageRoleWordsOf(
  directory: Directory,
  strings: IndexStrings,
  locale: string,
): Map<string, { own: string[]; german: string[] }> {
  const words = new Map<string, { own: string[]; german: string[] }>();
  for (const page of footerPages(directory)) {
    const role = page.data.role as keyof typeof pageRoleWords;
    words.set(page.id, phrasesOf(strings, pageRoleWords[role], locale));
  }
  return words;
}

/** Words of an index entry as the engine reads them. */
function indexedWords(doc: SearchDoc): string[] {
  return meaningfulWords([doc.t, doc.n?.replaceAll('|', ' ') ?? '', doc.k ?? '', doc.g ?? '', doc.x ?? '']);
}

/**
 * Words the index under-counts: used in the full texts of many more entries than the index
 * keeps them for (see `SearchIndex.common`). `texts` holds each entry's full searchable texts.
 */
export function commonWords(docs: readonly SearchDoc[], texts: readonly string[][]): Record<string, number> {
  const inIndex = new Map<string, number>();
  for (const doc of docs) for (const word of indexedWords(doc)) inIndex.set(word, (inIndex.get(word) ?? 0) + 1);
  const inTexts = new Map<string, number>();
  for (const entryTexts of texts) for (const word of meaningfulWords(entryTexts)) inTexts.set(word, (inTexts.get(word) ?? 0) + 1);
  const common: Record<string, number> = {};
  for (const [word, count] of inTexts) {
    // Only where it changes the weight noticeably: a word kept for half its entries or fewer.
    if (count >= 3 && count >= 2 * (inIndex.get(word) ?? 0)) common[word] = count;
  }
  return common;
}
