import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { localePaths } from '#src/data/static-paths.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { fingerprint } from '#src/lib/hash.ts';
import { offlinePages } from '#src/lib/offline-pages.ts';
import type { Locale } from '#src/schema/site-config.ts';

export const getStaticPaths = () => localePaths();

// The pages the service worker keeps for offline reading in this language. `version` changes
// with the content and the UI strings, so saved copies are refreshed after an update.
export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const directory = await getDirectory();
  const pages = offlinePages(directory, locale);
  const version = fingerprint({
    pages,
    strings: dictionaries[locale],
    entries: directory.entries.map((entry) => [entry.id, entry.data, entry.translations[locale]?.data ?? null]),
  });
  return new Response(JSON.stringify({ version, pages }), { headers: { 'content-type': 'application/json' } });
};
