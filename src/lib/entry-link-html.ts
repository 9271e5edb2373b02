import type { Locale } from '#src/schema/index.ts';
import { localizedTextHtml } from './bidi/text-html.ts';
import { fallbackLang, localize, type Directory, type LocalizedEntry } from './content/directory.ts';
import { escapeAttribute, escapeText } from './escape-html.ts';
import { entryPath } from './paths.ts';
import { translationMarks, translationMarksHtml, type MarkWords } from './translation-marks.ts';

/** An entry's title in the page language, marked German where it falls back (LocalizedText). */
export function entryTitleHtml(entry: LocalizedEntry, locale: Locale): string {
  return localizedTextHtml({ text: String(entry.localized.title), lang: fallbackLang(entry, 'title') }, locale);
}

/**
 * A link to another entry by id, with its title in the page language (`EntryLink.astro`). With
 * `marks`, the link is followed by "German only" / "machine-translated" where they apply (result
 * lists). An id the directory does not have stays visible as plain text. A function as well as
 * a component: an entry page links to a dozen others, and lists that write it on their own
 * element save a component each time.
 */
export function entryLinkHtml(
  directory: Directory,
  id: string,
  locale: Locale,
  marks?: { words: MarkWords; sourceLocale: Locale },
): string {
  const target = directory.byId.get(id);
  if (!target) return `<span>${escapeText(id)}</span>`;
  const localized = localize(target, locale);
  const link = `<a href="${escapeAttribute(entryPath(locale, localized.collection, localized.id))}">${entryTitleHtml(localized, locale)}</a>`;
  return marks ? `${link} ${translationMarksHtml(translationMarks(localized, marks.sourceLocale), marks.words)}` : link;
}
