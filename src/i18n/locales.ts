import type { Locale } from '#src/schema/site-config.ts';

/** Facts about a language the site can be shown in. */
interface LocaleInfo {
  code: Locale;
  /** Name of the language in itself, for the language switcher. */
  endonym: string;
  /** German name, for editors. */
  germanName: string;
  dir: 'ltr' | 'rtl';
  /** Locale for Intl (dates, numbers, weekday names). */
  intl: string;
  /**
   * Floors are counted from the ground floor as 1 (Ukrainian, Russian: „перший поверх“ is the
   * German Erdgeschoss), not from the first floor above it as in German.
   */
  groundFloorIsFirst?: true;
}

/** Every language Lotse ships UI strings for; `site.config.yaml` enables a subset. */
export const localeInfo: Record<Locale, LocaleInfo> = {
  de: { code: 'de', endonym: 'Deutsch', germanName: 'Deutsch', dir: 'ltr', intl: 'de-DE' },
  en: { code: 'en', endonym: 'English', germanName: 'Englisch', dir: 'ltr', intl: 'en-GB' },
  ar: { code: 'ar', endonym: 'العربية', germanName: 'Arabisch', dir: 'rtl', intl: 'ar' },
  fa: { code: 'fa', endonym: 'فارسی', germanName: 'Persisch', dir: 'rtl', intl: 'fa-IR' },
  tr: { code: 'tr', endonym: 'Türkçe', germanName: 'Türkisch', dir: 'ltr', intl: 'tr-TR' },
  uk: { code: 'uk', endonym: 'Українська', germanName: 'Ukrainisch', dir: 'ltr', intl: 'uk-UA', groundFloorIsFirst: true },
  ru: { code: 'ru', endonym: 'Русский', germanName: 'Russisch', dir: 'ltr', intl: 'ru-RU', groundFloorIsFirst: true },
};

/** Text direction of a language code; unknown codes are left to right. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return localeInfo[code as Locale]?.dir ?? 'ltr';
}

/** An arrow pointing the way a line of the language reads ("see", "leads to"): U+2192 does not mirror. */
export function forwardArrow(code: string): '→' | '←' {
  return directionOf(code) === 'rtl' ? '←' : '→';
}

/**
 * `lang` and `dir` for a block of text in `lang` on a page in `pageLocale`: nothing when they
 * are the same, otherwise both (German fallback text on an Arabic page reads left to right).
 */
export function textAttributes(lang: string | undefined, pageLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return lang && lang !== pageLocale ? { lang, dir: directionOf(lang) } : {};
}
