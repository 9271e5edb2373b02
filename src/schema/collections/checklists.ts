import { z } from 'astro/zod';
import { field } from '../field.ts';
import { directoryCollections } from '../names.ts';
import { entryFields } from '../shared/entry.ts';
import { refs } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/** What to bring (Mitbringliste) to an appointment, item by item. */
export const checklistSchema = z.strictObject({
  ...entryFields('Titel der Mitbringliste', 'z. B. „Mitbringliste: Aufenthaltstitel verlängern“'),
  items: field(
    z
      .array(
        z.strictObject({
          text: text({ label: 'Unterlage' }),
          note: text({ label: 'Hinweis' }).optional(),
          required: field(z.boolean(), { label: 'Pflicht' }).default(true),
        }),
      )
      .min(1, 'ist leer – eine Mitbringliste braucht mindestens einen Punkt'),
    { label: 'Punkte' },
  ),
  related: refs(directoryCollections, { label: 'Gilt für' }).default([]),
});
