import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { localeInfo } from '#src/i18n/locales.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries, type UiKey } from '#src/i18n/ui-strings.ts';
import { labelIn } from '#src/lib/labels.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { slipData } from '#src/lib/referral/slip-data.ts';
import type { Locale } from '#src/schema/site-config.ts';

// /referral-data/<locale>.json: what the referral slip shows of every referral target, with the
// slip's labels, in one language. The slip page loads the client's language and German.
export function getStaticPaths() {
  return readSiteConfig().locales.map((locale) => ({ params: { file: `${locale}.json` }, props: { locale } }));
}

const labelKeys = [
  'referral.slipHeading',
  'referral.forOffice',
  'referral.bring',
  'referral.booking',
  'referral.notInLanguage',
  'referral.showHeading',
  'referral.showHint',
  'referral.noteHeading',
  'referral.noteConcern',
  'referral.noteDate',
  'referral.noteOffice',
  'referral.noteConsent',
  'referral.noteSignature',
  'entry.address',
  'entry.openingHours',
  'entry.contact',
  'entry.phone',
  'entry.email',
  'entry.website',
  'entry.appointmentOnly',
  'entry.wayfinding',
  'referral.title',
  'card.inGerman',
  'card.machine',
] as const;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const directory = await getDirectory();
  const t = createTranslator(locale, dictionaries[locale]);
  const entries = slipData(directory, locale, localeInfo[locale].intl, (entry) => t(`kindOne.${entry.collection}` as UiKey), t);
  const labels = Object.fromEntries(labelKeys.map((key) => [key.split('.')[1], t(key)]));
  const { dir, endonym: language, intl } = localeInfo[locale];
  const siteName = labelIn(directory.site.name, locale);
  const body = { locale, intl, dir, language, siteName, labels, entries };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
