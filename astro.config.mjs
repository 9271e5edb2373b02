// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/lib/site-config.ts';

const site = readSiteConfig();

// Everything municipality-specific comes from site.config.yaml; see src/schema/site-config.ts.
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: site.locales[0] ?? 'de',
        locales: Object.fromEntries(site.locales.map((locale) => [locale, locale])),
      },
    }),
  ],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Never inline scripts or assets: a strict Content-Security-Policy allows scripts, fonts and
  // images only as files from the site itself (Astro inlines small island scripts otherwise).
  vite: { build: { assetsInlineLimit: 0 } },
});
