import { z } from 'astro/zod';
import { field } from './field.ts';
import { idPattern } from './shared/refs.ts';
import { webUrl } from './shared/links.ts';

/**
 * A label in several languages, e.g. `{ de: Arbeit, en: Work }`. German is required; other
 * languages fall back to German. Used for short vocabulary labels, not for long texts.
 */
export function labelMap(label: string) {
  return field(
    z
      .strictObject({ de: z.string().trim().min(1, 'darf nicht leer sein – Text eintragen') })
      .catchall(z.string().trim().min(1, 'darf nicht leer sein – Text eintragen')),
    {
      label,
      hint: 'Deutsch ist Pflicht, weitere Sprachen mit ihrem Kürzel (en, ar, fa, tr, uk, ru).',
    },
  );
}

/** A term every vocabulary has. */
const baseTerm = z.strictObject({
  id: field(
    z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“' }),
    { label: 'Kennung' },
  ),
  label: labelMap('Bezeichnung'),
  description: labelMap('Erläuterung').optional(),
});

/** Languages are identified by their BCP 47 code; names come from the browser (Intl) unless given. */
const languageTerm = baseTerm.extend({
  id: field(
    z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'ist kein Sprachkürzel – Kürzel nach BCP 47 eintragen, z. B. „ar“ oder „prs“' }),
    {
      label: 'Sprachkürzel',
    },
  ),
  label: labelMap('Bezeichnung').optional(),
});

/** How often a network meets; `perYear` feeds the meeting-load figures of the overlap table. */
const frequencyTerm = baseTerm.extend({
  perYear: field(z.number().min(0).max(365), { label: 'Sitzungen pro Jahr' }),
});

/** Cooperation levels are fixed by the model (0–5 and "none"); only their wording is editable. */
const cooperationLevelTerm = baseTerm.extend({
  id: field(z.enum(['0', '1', '2', '3', '4', '5', 'none']), { label: 'Stufe' }),
});

/** A law or paragraph, linked to the official text. */
const legalBasisTerm = baseTerm.extend({
  url: webUrl({ label: 'Link zum Gesetzestext' }).optional(),
});

/** A funding programme such as MBE or JMD. */
const programmeTerm = baseTerm.extend({
  funder: field(z.string(), { label: 'Fördermittelgeber' }).optional(),
  url: webUrl({ label: 'Webseite des Programms' }).optional(),
});

/**
 * Search words that mean the same (abbreviation, long form, everyday word, other languages).
 * A query containing one of them also finds entries that use another; editors extend the list
 * in the CMS like any vocabulary. Not a label list, so it has no `label`.
 */
const synonymTerm = z.strictObject({
  id: field(z.string().regex(idPattern, { error: 'ist keine gültige ID' }), { label: 'Kennung' }),
  terms: field(
    z.array(z.string().trim().min(2, 'ist zu kurz (mindestens zwei Zeichen)')).min(2, 'braucht mindestens zwei gleichbedeutende Begriffe'),
    {
      label: 'Gleichbedeutende Suchbegriffe',
      hint: 'Ein Begriff pro Zeile: Abkürzung, Langform, Alltagswort, Wörter in anderen Sprachen, z. B. „ABH“, „Ausländerbehörde“, „immigration office“.',
    },
  ),
  note: field(z.string().trim().min(1), { label: 'Anmerkung für die Redaktion' }).optional(),
});

/** Schema of each vocabulary file `content/vocabularies/<name>.yaml` (a list of terms). */
export const vocabularySchemas = {
  topics: baseTerm,
  'target-groups': baseTerm,
  'residence-statuses': baseTerm,
  languages: languageTerm,
  'network-types': baseTerm,
  frequencies: frequencyTerm,
  'cooperation-levels': cooperationLevelTerm,
  'provider-types': baseTerm,
  'legal-bases': legalBasisTerm,
  programmes: programmeTerm,
  synonyms: synonymTerm,
} as const;

export type VocabularyTerm = z.output<typeof baseTerm>;
/** A group of search words that mean the same. */
export type SynonymGroup = z.output<typeof synonymTerm>;
