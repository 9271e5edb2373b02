import { buildSearchIndex } from '#src/lib/search/build-search-index.ts';
import type { SearchIndex } from '#src/lib/search/search-index-types.ts';
import { createTranslator, type Translate } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { kindLabelsOf } from '#src/lib/search/site-search-docs.ts';
import type { Locale } from '#src/schema/site-config.ts';
import { getDirectory } from './get-directory.ts';

const built = new Map<Locale, Promise<SearchIndex>>();

/** The search index of a language, built once per build (the JSON endpoint and the search page share it). */
export function getSearchIndex(locale: Locale, intlLocale: string, t: Translate): Promise<SearchIndex> {
  let index = built.get(locale);
  if (!index) {
    index = getDirectory().then((directory) =>
      buildSearchIndex({
        directory,
        locale,
        intlLocale,
        kindLabels: kindLabelsOf(t),
        strings: { t, german: createTranslator('de', dictionaries.de) },
      }),
    );
    built.set(locale, index);
  }
  return index;
}
