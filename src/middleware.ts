import { defineMiddleware } from 'astro:middleware';
import { localeInfo } from './i18n/locales.ts';
import { createTranslator } from './i18n/translate.ts';
import { dictionaries } from './i18n/ui-strings.ts';
import { readSiteConfig } from './lib/site-config.ts';
import type { Locale } from './schema/site-config.ts';

const site = readSiteConfig();
const sourceLocale = site.locales[0] ?? 'de';

// Locale, t() and text direction are resolved once per page here, so components never parse
// URLs or import dictionaries.
export const onRequest = defineMiddleware((context, next) => {
  const segment = context.url.pathname.split('/')[1] ?? '';
  const locale = (site.locales as string[]).includes(segment) ? (segment as Locale) : sourceLocale;
  context.locals.locale = locale;
  context.locals.sourceLocale = sourceLocale;
  context.locals.dir = localeInfo[locale].dir;
  context.locals.intl = localeInfo[locale].intl;
  context.locals.t = createTranslator(locale, dictionaries[locale]);
  context.locals.site = site;
  return next();
});
