import type { APIRoute } from 'astro';
import { cmsDevelopment, currentCmsConfig, renderCmsConfig } from '#cms/config/render-cms-config.ts';

// The Decap configuration, generated from the schemas at build time (and on every request in
// `astro dev`, so a schema change shows up in the CMS at once). Decap loads it from
// /admin/config.yml next to the admin page. A build takes the backend from site.config.yaml
// (never the local decap-server); development always uses the local one.
export const GET: APIRoute = () =>
  new Response(renderCmsConfig(currentCmsConfig({ development: cmsDevelopment() })), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
