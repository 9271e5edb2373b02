import { entriesOf } from '#src/lib/content/directory.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collectionNames, type CollectionName } from '#src/schema/names.ts';
import { getDirectory } from './get-directory.ts';

// getStaticPaths helpers: every page exists in every configured language.

/** One path per configured language. */
export function localePaths() {
  return readSiteConfig().locales.map((locale) => ({ params: { locale } }));
}

/** One path per language and collection (collection lists). */
export function collectionPaths() {
  return readSiteConfig().locales.flatMap((locale) => collectionNames.map((collection) => ({ params: { locale, collection } })));
}

/** One path per language and published entry. */
export async function entryPaths(collections: readonly CollectionName[] = collectionNames) {
  const directory = await getDirectory();
  return directory.site.locales.flatMap((locale) =>
    collections.flatMap((collection) =>
      entriesOf(directory, collection).map((entry) => ({
        params: { locale, collection, id: entry.id },
        props: { id: entry.id },
      })),
    ),
  );
}
