import type { Locale } from '../schema/site-config.ts';
import { localeInfo } from './locales.ts';
import type { UiKey, UiStrings } from './ui-strings.ts';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * `t()` for one language: looks a key up, picks the plural form for `count` and fills in
 * `{placeholders}`. Pure: the dictionary is passed in, so it works in tests and islands.
 */
export function createTranslator(locale: Locale, dictionary: UiStrings): Translate {
  const plural = new Intl.PluralRules(localeInfo[locale].intl);
  return (key, values = {}) => {
    const entry = dictionary[key];
    const template =
      typeof entry === 'string'
        ? entry
        : (entry[plural.select(Number(values['count'] ?? 0)) as keyof typeof entry] ?? entry.other);
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      values[name] === undefined ? match : String(values[name]),
    );
  };
}
