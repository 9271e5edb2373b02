// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';
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
  // Scripts and styles are files of the site, never inline: one cached copy for every page,
  // saved by the service worker for offline use, and allowed by a CSP of 'self' alone.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A strict Content-Security-Policy as a <meta> tag on every page (see the module for why).
  security: { csp: contentSecurityPolicy(site) },
  // Shiki writes inline styles, which the CSP forbids; content has no code blocks to colour.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Never inline scripts or assets: a strict Content-Security-Policy allows scripts, fonts and
  // images only as files from the site itself (Astro inlines small island scripts otherwise).
  vite: { build: { assetsInlineLimit: 0 } },
});
