/**
 * Lists in running text, in the page's language: "Deutsch, Englisch und Arabisch",
 * "العربية والإنجليزية", "українська, англійська і арабська". `Intl.ListFormat` knows each
 * language's commas and "and" (Arabic "،" and "و", Persian "،"), which a hand-written ", "
 * gets wrong. Pure; used by pages and islands.
 */

const formats = new Map<string, Intl.ListFormat>();

function formatOf(intlLocale: string): Intl.ListFormat {
  let format = formats.get(intlLocale);
  if (!format) formats.set(intlLocale, (format = new Intl.ListFormat(intlLocale, { type: 'conjunction', style: 'long' })));
  return format;
}

/** The items as one list in a language. */
export function formatList(items: readonly string[], intlLocale: string): string {
  return formatOf(intlLocale).format(items);
}

/**
 * What goes before each of `count` items of a list in a language ("" before the first), for
 * templates that render each item as an element: `{joiners[index]}<Item />`.
 */
export function listJoiners(count: number, intlLocale: string): string[] {
  if (count === 0) return [];
  // Placeholders that no language's separators contain, to find the literal parts between them.
  const items = Array.from({ length: count }, (_, index) => `\u0000${index}\u0000`);
  const joiners: string[] = [''];
  let pending = '';
  for (const part of formatOf(intlLocale).formatToParts(items)) {
    if (part.type === 'literal') pending += part.value;
    else {
      if (part.value !== items[0]) joiners.push(pending);
      pending = '';
    }
  }
  return joiners;
}
