import { z } from 'astro/zod';
import { field, labelledEnum } from './field.ts';
import type { VocabularyName } from './names.ts';
import { cooperationLevelLabels, hubRelationLabels } from './shared/cooperation.ts';
import { idPattern } from './shared/refs.ts';
import { webUrl } from './shared/links.ts';

/** Longest label or explanation of a term in one language (the longest demo explanation has 343). */
const maxLabelLength = 1000;

/**
 * A label in several languages, e.g. `{ de: Arbeit, en: Work }`. German is required; other
 * languages fall back to German. Used for short vocabulary labels, not for long texts.
 */
export function labelMap(label: string) {
  const labelText = () =>
    z
      .string()
      .trim()
      .min(1, 'darf nicht leer sein – Text eintragen')
      .max(maxLabelLength, `ist zu lang – auf höchstens ${maxLabelLength.toLocaleString('de-DE')} Zeichen kürzen`);
  return field(z.strictObject({ de: labelText() }).catchall(labelText()), {
    label,
    hint: 'Deutsch ist Pflicht. Jede weitere Sprache (en, ar, fa, tr, uk, ru) kann eine eigene Fassung haben; fehlt sie, erscheint Deutsch.',
  });
}

/** Editors must know that an id is what entries store. */
const idHint =
  'Wird in den Einträgen gespeichert. Nur Kleinbuchstaben, Ziffern und Bindestriche. Nicht ändern oder löschen, solange Einträge den Begriff verwenden – sonst schlägt die Prüfung fehl.';

/** A term every vocabulary has. */
const baseTerm = z.strictObject({
  id: field(
    z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“' }),
    { label: 'Kennung', hint: idHint },
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
      hint: 'Kürzel nach BCP 47, z. B. „ar“ oder „prs“. Nicht ändern oder löschen, solange Einträge die Sprache verwenden.',
    },
  ),
  label: labelMap('Bezeichnung').optional(),
});

/** How often a network meets; `perYear` feeds the meeting-load figures of the overlap table. */
const frequencyTerm = baseTerm.extend({
  perYear: field(z.number().min(0).max(365), { label: 'Sitzungen pro Jahr' }),
});

/**
 * Cooperation levels and relations are fixed by the model (levels 1–5 of an agreement, and the
 * four relations without one, see shared/cooperation.ts); only their wording is editable.
 */
const cooperationLevelTerm = baseTerm.extend({
  id: labelledEnum(
    { ...cooperationLevelLabels, ...hubRelationLabels },
    {
      label: 'Stufe oder Beziehung',
      hint: 'Die Stufen 1–5 und die Beziehungen ohne Vereinbarung sind durch das Kooperationsmodell festgelegt; nur Bezeichnung und Erläuterung sind änderbar.',
    },
  ),
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
  id: field(z.string().regex(idPattern, { error: 'ist keine gültige ID' }), {
    label: 'Kennung',
    hint: 'Ein kurzer Name der Gruppe, nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „auslaenderbehoerde“.',
  }),
  terms: field(
    z.array(z.string().trim().min(2, 'ist zu kurz (mindestens zwei Zeichen)')).min(2, 'braucht mindestens zwei gleichbedeutende Begriffe'),
    {
      label: 'Gleichbedeutende Suchbegriffe',
      labelSingular: 'Suchbegriff',
      hint: 'Ein Begriff pro Zeile: Abkürzung, Langform, Alltagswort, Wörter in anderen Sprachen, z. B. „ABH“, „Ausländerbehörde“, „immigration office“.',
    },
  ),
  note: field(z.string().trim().min(1), { label: 'Anmerkung für die Redaktion' }).optional(),
});

/** Schema of one term of each vocabulary `content/vocabularies/<name>.yaml`. */
export const vocabularySchemas = {
  topics: baseTerm,
  'target-groups': baseTerm,
  'residence-statuses': baseTerm,
  languages: languageTerm,
  'network-types': baseTerm,
  frequencies: frequencyTerm,
  'cooperation-levels': cooperationLevelTerm,
  'agreement-types': baseTerm,
  'provider-types': baseTerm,
  'legal-bases': legalBasisTerm,
  programmes: programmeTerm,
  'document-kinds': baseTerm,
  synonyms: synonymTerm,
} as const;

/**
 * German name of each vocabulary and what editors need to know about it (the CMS shows it as
 * the hint of the term list; YAML comments in the files are lost when the CMS saves).
 */
export const vocabularyLabels: Record<VocabularyName, { label: string; hint: string }> = {
  topics: {
    label: 'Themen',
    hint: 'Handlungsfelder für alle Sammlungen (Feld „Handlungsfelder“ der Einträge). Die Reihenfolge ist die der Kapitel in Broschüre und Themenlisten. Die Erläuterung sagt, was zum Thema gehört.',
  },
  'target-groups': {
    label: 'Zielgruppen',
    hint: 'Für wen ein Angebot ist. Auch Fachpublikum (Beratende, Ehrenamtliche, Migrantenorganisationen, Arbeitgeber) ist eine Zielgruppe.',
  },
  'residence-statuses': {
    label: 'Aufenthaltsstatus',
    hint: 'Wer ein Angebot nutzen kann. Bezeichnungen nah an den Worten auf dem Dokument, die Erläuterung sagt es einfach.',
  },
  languages: {
    label: 'Sprachen',
    hint: 'Sprachen der Beratung und Sprachmittlung (nicht die Sprachen der Website). Ohne Bezeichnung nennt der Browser die Sprache; eine Bezeichnung nur angeben, wo das nicht eindeutig ist.',
  },
  'network-types': {
    label: 'Netzwerktypen',
    hint: 'Die Formen lokaler Netzwerke. Mischformen sind häufig; jedes Netzwerk gehört zu dem Typ, der seinen Hauptzweck beschreibt.',
  },
  frequencies: {
    label: 'Sitzungsrhythmus',
    hint: 'Wie oft Netzwerke tagen. „Sitzungen pro Jahr“ geht in die Übersicht der Sitzungslast ein; bei unregelmäßigem Rhythmus schätzen.',
  },
  'cooperation-levels': {
    label: 'Kooperationsstufen',
    hint: 'Stufen 1–5 der Zusammenarbeit aus Kooperationsvereinbarungen und die vier Beziehungen zur Ausländerbehörde ohne Vereinbarung (eigene Dienststelle, beteiligt, Verweis nur auf Nachfrage, außerhalb des Einflusses). Die Begriffe sind festgelegt; nur Bezeichnung und Erläuterung ändern.',
  },
  'agreement-types': {
    label: 'Arten von Vereinbarungen',
    hint: 'Welche Art von Absprache eine Vereinbarung ist, z. B. Kooperationsvereinbarung, Absprache zur Aufteilung von Zielgruppen, Zuständigkeitsvereinbarung nach Förderrichtlinie. Die Erläuterung sagt, woran man die Art erkennt.',
  },
  'provider-types': {
    label: 'Art der Organisation',
    hint: 'Art der Organisationen und Vereine. Der Sektor (Verwaltung, Wirtschaft, Dritter Sektor, Zivilgesellschaft) ist ein eigenes Feld.',
  },
  'legal-bases': {
    label: 'Rechtsgrundlagen',
    hint: 'Gesetze und Paragrafen für Zuständigkeiten. Bundesrecht verlinkt auf gesetze-im-internet.de, Landesrecht auf das Portal des Landes.',
  },
  programmes: {
    label: 'Förderprogramme',
    hint: 'Förderprogramme der Beratungsangebote. Die Erläuterung sagt, wer beraten werden kann, nicht wie lange gefördert wird.',
  },
  'document-kinds': {
    label: 'Arten von Dokumenten',
    hint: 'Arten der Dokumente in der Sammlung „Dokumente“, z. B. Integrationskonzept, Leitbild, Geschäftsordnung, öffentliche Fassung einer Vereinbarung, mehrsprachiges Merkblatt. Die Reihenfolge ist die der Abschnitte auf der Dokumentenseite.',
  },
  synonyms: {
    label: 'Suchbegriffe (Synonyme)',
    hint: 'Wörter, die bei der Suche dasselbe bedeuten: Wer eines sucht, findet auch Einträge mit den anderen. Eine Gruppe pro Sache; Abkürzungen, Alltagswörter, häufige Schreibfehler und Wörter in den Sprachen der Website ergänzen. Groß- und Kleinschreibung, Umlaute (ä = ae = a) und ß = ss spielen keine Rolle.',
  },
};

function makeFileSchema<N extends VocabularyName>(name: N) {
  const { hint } = vocabularyLabels[name];
  return z.strictObject({
    terms: field(z.array(vocabularySchemas[name] as (typeof vocabularySchemas)[N]), { label: 'Begriffe', labelSingular: 'Begriff', hint }),
  });
}

const fileSchemas = new Map<VocabularyName, z.ZodObject>();

/**
 * Schema of a vocabulary file: an object with the list of terms under `terms` (Decap CMS can
 * only edit files whose root is an object). Made once per vocabulary, so its metadata is
 * registered once.
 * @example terms:\n  - id: arbeit\n    label: { de: Arbeit, en: Work }
 */
export function vocabularyFileSchema<N extends VocabularyName>(name: N): ReturnType<typeof makeFileSchema<N>> {
  let schema = fileSchemas.get(name);
  if (!schema) fileSchemas.set(name, (schema = makeFileSchema(name)));
  return schema as ReturnType<typeof makeFileSchema<N>>;
}

export type VocabularyTerm = z.output<typeof baseTerm>;
/** A group of search words that mean the same. */
export type SynonymGroup = z.output<typeof synonymTerm>;
