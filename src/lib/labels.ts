/** A label map such as `{ de: 'Arbeit', en: 'Work' }`. */
export type LabelMap = { de: string } & Record<string, string | undefined>;

/** The label in a language, falling back to German. */
export function labelIn(map: LabelMap, locale: string): string {
  return map[locale] ?? map.de;
}

/** The language a label is actually shown in (for `lang` attributes on fallbacks). */
export function labelLocale(map: LabelMap, locale: string): string {
  return map[locale] ? locale : 'de';
}
