import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { getCounterBrochure } from '#src/data/get-publications.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';
import { brochureEntries } from '#src/lib/publish/brochure.ts';
import { qrSvg } from '#src/lib/publish/qr-code.ts';
import type { CollectionName } from '#src/schema/names.ts';

// The QR codes of the brochures as files, one per language and printed entry, encoded once at
// build time. Inline, the full brochure's 300-odd codes were half of its HTML and held back its
// first paint; as lazy images a screen loads only those in view, and printing loads them all.
// A static endpoint writes plain files: no page, so neither the sitemap nor the page count of
// `npm run bench` sees them.
export async function getStaticPaths() {
  const directory = await getDirectory();
  const entries = brochureEntries(directory, getCounterBrochure());
  return directory.site.locales.flatMap((locale) =>
    entries.map((entry) => ({ params: { locale, collection: entry.collection, id: entry.id } })),
  );
}

export const GET: APIRoute = async ({ params, locals }) => {
  const path = entryPath(locals.locale, params['collection'] as CollectionName, params['id'] ?? '');
  return new Response(await qrSvg(absoluteUrl(locals.site.url, path)), { headers: { 'content-type': 'image/svg+xml' } });
};
