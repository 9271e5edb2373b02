/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the page being built, from its URL prefix. */
    locale: import('./schema/site-config.ts').Locale;
    /** The source language (German). */
    sourceLocale: import('./schema/site-config.ts').Locale;
    dir: 'ltr' | 'rtl';
    /** Locale for Intl formatting. */
    intl: string;
    t: import('./i18n/translate.ts').Translate;
    site: import('./schema/site-config.ts').SiteConfig;
  }
}
