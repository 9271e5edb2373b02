import type { APIRoute } from 'astro';
import { getSearchIndex } from '#src/data/get-search-index.ts';
import { localePaths } from '#src/data/static-paths.ts';
import { encodeSearchIndex } from '#src/lib/search/search-index-types.ts';

export const getStaticPaths = () => localePaths();

/** The search index of one language, built from the schemas and the directory at build time. */
export const GET: APIRoute = async ({ locals }) => {
  const index = await getSearchIndex(locals.locale, locals.intl, locals.t);
  return new Response(JSON.stringify(encodeSearchIndex(index)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
