import type { Locale } from '#src/schema/site-config.ts';
import { localeInfo } from './locales.ts';
import type { UiKey, UiStrings } from './ui-strings.ts';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * `t()` for one language: looks a key up, picks the plural form for `count` and fills in
 * `{placeholders}`; numbers are written the way the language writes them (Arabic-Indic digits
 * in Arabic, Persian digits in Persian). Pure: the dictionary is passed in, so it works in
 * tests and islands.
 */
export function createTranslator(locale: Locale, dictionary: UiStrings): Translate {
  const plural = new Intl.PluralRules(localeInfo[locale].intl);
  const number = new Intl.NumberFormat(localeInfo[locale].intl);
  return (key, values = {}) => {
    const entry = dictionary[key];
    const template =
      typeof entry === 'string' ? entry : (entry[plural.select(Number(values['count'] ?? 0)) as keyof typeof entry] ?? entry.other);
    // Most strings have no placeholder, and t() runs thousands of times per page of a large site.
    if (!template.includes('{')) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
