import { buildDirectory, type Directory } from '#src/lib/content/directory.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { buildSearchIndex } from '#src/lib/search/build-search-index.ts';
import type { SearchIndex } from '#src/lib/search/search-index-types.ts';
import { projectPaths } from '#src/lib/site-config.ts';
import { localeInfo } from '#src/i18n/locales.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { kindLabelsOf } from '#src/lib/search/site-search-docs.ts';
import type { Locale } from '#src/schema/site-config.ts';

/**
 * The public directory of a content folder in plain Node (no Astro), the way the build sees it.
 * Throws when the content has problems (run `npm run check` for details).
 */
export async function loadDirectory(options: { contentDir?: string; configFile?: string; today?: string } = {}): Promise<Directory> {
  const result = await validateContent({
    contentDir: options.contentDir ?? projectPaths.contentDir,
    configFile: options.configFile ?? projectPaths.configFile,
  });
  if (!result.content || result.problems.length > 0) {
    throw new Error(`Content has ${result.problems.length} problem(s) – run npm run check`);
  }
  const { site, entries, translations, vocabularies } = result.content;
  return buildDirectory({
    site,
    entries,
    translations,
    vocabularies,
    edition: 'public',
    today: options.today ?? process.env['LOTSE_TODAY'] ?? '2026-11-22',
  });
}

/** The search index of every configured language, built exactly as the site builds it (src/data/get-search-index.ts). */
export function buildIndexes(directory: Directory): Map<Locale, SearchIndex> {
  const indexes = new Map<Locale, SearchIndex>();
  const german = createTranslator('de', dictionaries.de);
  for (const locale of directory.site.locales) {
    const t = createTranslator(locale, dictionaries[locale]);
    indexes.set(
      locale,
      buildSearchIndex({ directory, locale, intlLocale: localeInfo[locale].intl, kindLabels: kindLabelsOf(t), strings: { t, german } }),
    );
  }
  return indexes;
}
