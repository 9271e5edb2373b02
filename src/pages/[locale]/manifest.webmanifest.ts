import type { APIRoute } from 'astro';
import { localePaths } from '#src/data/static-paths.ts';
import { localeInfo } from '#src/i18n/locales.ts';
import { labelIn } from '#src/lib/labels.ts';
import { homePath } from '#src/lib/paths.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import type { Locale } from '#src/schema/site-config.ts';

export const getStaticPaths = () => localePaths();

// Web app manifest per language: installing from an Arabic page gives an Arabic, right-to-left
// app that opens on the Arabic home page.
export const GET: APIRoute = ({ params }) => {
  const locale = params['locale'] as Locale;
  const site = readSiteConfig();
  const name = labelIn(site.name, locale);
  const manifest = {
    id: homePath(locale),
    name,
    short_name: name.length > 12 ? site.municipality : name,
    description: labelIn(site.tagline, locale),
    lang: locale,
    dir: localeInfo[locale].dir,
    start_url: homePath(locale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2044aa',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
