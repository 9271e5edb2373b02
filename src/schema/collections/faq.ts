import { z } from 'astro/zod';
import { field } from '../field.ts';
import { directoryCollections } from '../names.ts';
import { entryFields } from '../shared/entry.ts';
import { refs } from '../shared/refs.ts';
import { markdown } from '../shared/text.ts';

/** A frequently asked question; the summary is the short answer, `answer` the full one. */
export const faqSchema = z.strictObject({
  ...entryFields('Frage', 'So, wie Menschen fragen: „Was ist eine Fiktionsbescheinigung?“'),
  answer: markdown({ label: 'Ausführliche Antwort', search: 'text' }).optional(),
  related: refs(directoryCollections, { label: 'Passende Einträge' }).default([]),
  legal: field(z.boolean(), { label: 'Rechtlicher Inhalt' }).default(false),
});
