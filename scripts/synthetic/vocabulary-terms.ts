import { cooperationLevelLabels, hubRelationLabels } from '#src/schema/shared/cooperation.ts';
import { topics } from './phrases.ts';

type Term = { id: string; label?: Record<string, string>; [key: string]: unknown };

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Terms the synthetic data set needs in each vocabulary. The generator copies the vocabularies
 * from content/ and adds only those of these terms whose id is missing there, so the data set
 * works whatever the demo vocabularies hold at the time.
 */
const neededTerms: Record<string, Term[]> = {
  topics: topics.map((topic) => ({
    id: topic.id,
    label: Object.fromEntries(Object.entries(topic.name).map(([locale, name]) => [locale, capitalise(name)])),
  })),
  'target-groups': [
    { id: 'neuzugewanderte', label: { de: 'Neuzugewanderte', en: 'Newcomers' } },
    { id: 'gefluechtete', label: { de: 'Geflüchtete', en: 'Refugees' } },
    { id: 'jugendliche', label: { de: 'Jugendliche', en: 'Young people' } },
    { id: 'frauen', label: { de: 'Frauen', en: 'Women' } },
    { id: 'familien', label: { de: 'Familien', en: 'Families' } },
    { id: 'fachkraefte', label: { de: 'Fachkräfte', en: 'Skilled workers' } },
  ],
  'residence-statuses': [
    { id: 'aufenthaltserlaubnis', label: { de: 'Aufenthaltserlaubnis', en: 'Residence permit' } },
    { id: 'niederlassungserlaubnis', label: { de: 'Niederlassungserlaubnis', en: 'Settlement permit' } },
    { id: 'aufenthaltsgestattung', label: { de: 'Aufenthaltsgestattung', en: 'Permission to reside during the asylum procedure' } },
    { id: 'duldung', label: { de: 'Duldung', en: 'Toleration (Duldung)' } },
    { id: 'eu-freizuegigkeit', label: { de: 'EU-Freizügigkeit', en: 'EU freedom of movement' } },
  ],
  languages: ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru', 'ti', 'ku', 'so', 'prs', 'ps', 'fr', 'ro', 'pl', 'bg', 'sq'].map((id) => ({ id })),
  'network-types': [
    { id: 'steuerungsgremium', label: { de: 'Steuerungsgremium', en: 'Steering committee' } },
    { id: 'arbeitsgruppe', label: { de: 'Arbeits- und Projektgruppe', en: 'Working group' } },
    { id: 'austauschplattform', label: { de: 'Austauschplattform', en: 'Exchange platform' } },
    { id: 'lokale-konferenz', label: { de: 'Lokale Konferenz', en: 'Local conference' } },
  ],
  frequencies: [
    { id: 'woechentlich', label: { de: 'wöchentlich', en: 'weekly' }, perYear: 52 },
    { id: 'monatlich', label: { de: 'monatlich', en: 'monthly' }, perYear: 12 },
    { id: 'quartalsweise', label: { de: 'vierteljährlich', en: 'quarterly' }, perYear: 4 },
    { id: 'jaehrlich', label: { de: 'jährlich', en: 'yearly' }, perYear: 1 },
  ],
  'cooperation-levels': Object.entries({ ...cooperationLevelLabels, ...hubRelationLabels }).map(([id, label]) => ({
    id,
    label: { de: label },
  })),
  'agreement-types': [
    { id: 'kooperationsvereinbarung', label: { de: 'Kooperationsvereinbarung', en: 'Cooperation agreement' } },
    { id: 'zielgruppenabsprache', label: { de: 'Absprache zur Aufteilung von Zielgruppen', en: 'Arrangement on splitting target groups' } },
  ],
  'provider-types': [
    { id: 'behoerde', label: { de: 'Behörde', en: 'Public authority' } },
    { id: 'wohlfahrtsverband', label: { de: 'Wohlfahrtsverband', en: 'Welfare association' } },
    { id: 'bildungstraeger', label: { de: 'Bildungsträger', en: 'Education provider' } },
    { id: 'verein', label: { de: 'Verein', en: 'Association' } },
    { id: 'mso', label: { de: 'Migrantenorganisation', en: 'Migrant organisation' } },
    { id: 'initiative', label: { de: 'Initiative', en: 'Initiative' } },
  ],
  'legal-bases': [
    { id: 'aufenthg', label: { de: 'Aufenthaltsgesetz (AufenthG)' } },
    { id: 'asylblg', label: { de: 'Asylbewerberleistungsgesetz (AsylbLG)' } },
    { id: 'sgb-ii', label: { de: 'Sozialgesetzbuch II (SGB II)' } },
    { id: 'sgb-xii', label: { de: 'Sozialgesetzbuch XII (SGB XII)' } },
    { id: 'stag', label: { de: 'Staatsangehörigkeitsgesetz (StAG)' } },
    { id: 'bqfg', label: { de: 'Berufsqualifikationsfeststellungsgesetz (BQFG)' } },
  ],
  programmes: [
    { id: 'mbe', label: { de: 'Migrationsberatung für erwachsene Zuwanderer (MBE)' } },
    { id: 'jmd', label: { de: 'Jugendmigrationsdienste (JMD)' } },
    { id: 'fib', label: { de: 'Flüchtlings- und Integrationsberatung (FIB)' } },
    { id: 'asylsozialberatung', label: { de: 'Asylsozialberatung' } },
    { id: 'iq', label: { de: 'Förderprogramm „Integration durch Qualifizierung“ (IQ)' } },
  ],
};

/** The content vocabulary with the needed terms it lacks appended (labels only in languages of the site). */
export function supplement(name: string, existing: Term[], locales: readonly string[]): Term[] {
  const have = new Set(existing.map((term) => String(term.id)));
  const added = (neededTerms[name] ?? [])
    .filter((term) => !have.has(term.id))
    .map((term) =>
      term.label ? { ...term, label: Object.fromEntries(Object.entries(term.label).filter(([locale]) => locales.includes(locale))) } : term,
    );
  return [...existing, ...added];
}
