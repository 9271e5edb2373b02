import type { APIRoute } from 'astro';
import { currentCmsConfig, renderCmsConfig } from '../../../cms/config/render-cms-config.ts';

// The Decap configuration, generated from the schemas at build time (and on every request in
// `astro dev`, so a schema change shows up in the CMS at once). Decap loads it from
// /admin/config.yml next to the admin page.
export const GET: APIRoute = () =>
  new Response(renderCmsConfig(currentCmsConfig()), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
