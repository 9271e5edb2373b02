import { readdirSync } from 'node:fs';
import { collectionNames } from '#src/schema/names.ts';
import { join } from 'node:path';

/**
 * What the editors' to-do list must show for the demo content on the test date (2026-11-22):
 * the deliberate cases of docs/demo-content-plan.md (§6 projects, §9 agreements, §12 freshness
 * and translations, §13 translation coverage), written down here by hand from the plan and
 * checked against the content files, never taken from the program's output. Items are
 * `<collection>/<id>`, as the to-do view's `data-entry` attributes and CMS links name them.
 */

/** Overdue for review (plan §12), longest overdue first: reviewed + interval < 2026-11-22. */
export const demoOverdue = [
  'faq/faq-integrationskurs-kosten', // 2025-02-10 + 12 months = 2026-02-10
  'networks/ag-wohnen', // 2025-10-01 + 6 = 2026-04-01 (same day as the next; „AG …“ sorts first)
  'services/schuldnerberatung-diakonie', // 2025-04-01 + 12 = 2026-04-01
  'organisations/mieterverein-musterstadt', // 2025-05-12 + 12 = 2026-05-12
  'agreements/kooperation-integrationsbeirat', // 2025-07-01 + 12 = 2026-07-01
  'responsibilities/kindergeld-beantragen', // 2026-02-15 + 6 = 2026-08-15
  'responsibilities/wohnberechtigungsschein', // 2025-09-01 + 12 = 2026-09-01
  'associations/tuerkisch-deutscher-freundeskreis', // 2024-10-01 + 24 = 2026-10-01
];

/** Due within 30 days (plan §12): not overdue yet, so not in the overdue list. */
export const demoDueSoon = [
  'responsibilities/aufenthaltstitel-verlaengern',
  'agreements/kooperation-jugendmigrationsdienste',
  'interpreting/telefondolmetschen-arbeitsagentur-jobcenter',
];

/**
 * Outdated translations per language (plan §12): the German text changed after translating. The
 * other languages' deliberate cases were brought up to date when the newcomer texts were
 * translated (plan §13).
 */
export const demoOutdated: Record<string, string[]> = {
  en: ['networks/lenkungskreis-integration'],
  ar: [],
  fa: [],
  tr: [],
  uk: [],
  ru: [],
};

/** Projects that ended before 2026-11-22 (E) or end by 2027-01-21 (S), plan §6, by end date. */
export const demoProjects = [
  'projects/bildungskoordination-neuzugewanderte', // ended 2021-08-31
  'projects/jobcafe-gefluechtete', // ended 2024-06-30
  'projects/anlaufstelle-ukraine', // ended 2025-06-30
  'projects/ankommen-im-quartier-westend', // ended 2025-12-31
  'projects/ausbildungslotsen', // ends 2026-12-31
  'projects/elternlotsen', // ends 2027-01-15
];

/** Agreements to act on (plan §9), by date: review overdue, review due, running out. */
export const demoAgreements = [
  'agreements/kooperation-integrationsbeirat', // last review 2025-06-30: next due 2026-06-30 (overdue)
  'agreements/kooperation-jugendmigrationsdienste', // last review 2025-12-01: next due 2026-12-01
  'agreements/kooperation-rechtskreiswechsel', // valid until 2027-01-31
];

/**
 * What is not translated into ar, fa, tr, uk and ru (plan §13): the professionals' collections
 * (networks, agreements). The legal pages have their titles and summaries in every language (the
 * German text stays binding). fa and ru leave out the internal accommodation office, which
 * newcomers never see; ar, tr and uk have it.
 */
const professionalCollections = new Set(['networks', 'agreements']);
const untranslatedInternal: Record<string, string[]> = {
  fa: ['organisations/unterkunftsverwaltung-musterstadt'],
  ru: ['organisations/unterkunftsverwaltung-musterstadt'],
};
const endedProjects = new Set(demoProjects.slice(0, 4));

/** Every German entry of the demo content, from the file names in content/<collection>/de. */
export function demoEntries(contentDir = 'content'): string[] {
  // Collections only: vocabularies, publications and uploaded media have no entries.
  return collectionNames.flatMap((collection) =>
    readdirSync(join(contentDir, collection, 'de')).map((file) => `${collection}/${file.replace(/\.(yaml|mdx)$/, '')}`),
  );
}

/**
 * Missing translations of a language (plan §13): English exists for every entry; the other
 * languages lack the professionals' collections and, in fa and ru, the internal accommodation
 * office. Ended projects are in the archive, not on the list.
 */
export function demoMissing(locale: string): string[] {
  if (locale === 'en') return [];
  return demoEntries()
    .filter(
      (item) =>
        (professionalCollections.has(item.split('/')[0]!) || untranslatedInternal[locale]?.includes(item)) && !endedProjects.has(item),
    )
    .sort();
}
