import { defineMiddleware } from 'astro:middleware';
import { localeInfo } from './i18n/locales.ts';
import { createTranslator, type Translate } from './i18n/translate.ts';
import { dictionaries } from './i18n/ui-strings.ts';
import { readSiteConfig } from './lib/site-config.ts';
import type { Locale } from './schema/site-config.ts';

const site = readSiteConfig();
const sourceLocale = site.locales[0] ?? 'de';
// One translator per language for the whole build: pages reuse it, and what is derived from it
// (the search strings in every header) is computed once per language.
const translators = new Map<Locale, Translate>();

// Locale, t() and text direction are resolved once per page here, so components never parse
// URLs or import dictionaries.
export const onRequest = defineMiddleware((context, next) => {
  const segment = context.url.pathname.split('/')[1] ?? '';
  const locale = (site.locales as string[]).includes(segment) ? (segment as Locale) : sourceLocale;
  context.locals.locale = locale;
  context.locals.sourceLocale = sourceLocale;
  context.locals.dir = localeInfo[locale].dir;
  context.locals.intl = localeInfo[locale].intl;
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale, dictionaries[locale])));
  context.locals.t = t;
  context.locals.site = site;
  return next();
});
