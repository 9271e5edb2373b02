import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { buildHsds, type HsdsExport } from '#src/lib/publish/hsds.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';

// dist/open-data/hsds/<file>.json: Open Referral HSDS 3.1 arrays, one object type per file.
const files = {
  organizations: 'organizations',
  services: 'services',
  locations: 'locations',
  taxonomy_terms: 'taxonomyTerms',
} as const satisfies Record<string, keyof HsdsExport>;

export function getStaticPaths() {
  return Object.keys(files).map((name) => ({ params: { file: `${name}.json` }, props: { name } }));
}

let cached: HsdsExport | undefined;

export const GET: APIRoute = async ({ props }) => {
  const directory = await getDirectory();
  cached ??= buildHsds(directory, (entry) => absoluteUrl(directory.site.url, entryPath('de', entry.collection, entry.id)));
  const data = cached[files[(props as { name: keyof typeof files }).name]];
  return new Response(JSON.stringify(data, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
