import type { Vocabularies } from './content/validate-content.ts';

/** A label with the language it is actually in (German when not translated). */
export interface LabelText {
  text: string;
  lang: string;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** Name of a language in a page language, from the browser/Node's Intl data. */
export function languageName(code: string, intlLocale: string): string {
  let names = languageNames.get(intlLocale);
  if (!names) languageNames.set(intlLocale, (names = new Intl.DisplayNames([intlLocale], { type: 'language' })));
  return names.of(code) ?? code;
}

/**
 * Label of a vocabulary term in a language. Language terms without an explicit label are named
 * by Intl, so no one has to translate "Tigrinya" into seven languages by hand.
 */
export function termLabel(vocabularies: Vocabularies, vocabulary: string, id: string, locale: string, intlLocale: string): LabelText {
  const term = vocabularies[vocabulary]?.find((candidate) => candidate.id === id);
  const own = term?.label?.[locale];
  if (own) return { text: own, lang: locale };
  if (vocabulary === 'languages') return { text: languageName(id, intlLocale), lang: locale };
  return { text: term?.label?.de ?? id, lang: 'de' };
}
