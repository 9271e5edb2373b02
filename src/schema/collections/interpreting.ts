import { z } from 'astro/zod';
import { field } from '../field.ts';
import { actorCollections } from '../shared/actor.ts';
import { description, entryFields } from '../shared/entry.ts';
import { webUrl } from '../shared/links.ts';
import { openingHours } from '../shared/opening-hours.ts';
import { contact } from '../shared/place.ts';
import { ref, terms } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/**
 * Interpreting (Sprachmittlung): interpreter pools, video and phone interpreting. Who may
 * request it, how and how early matter more to counsellors than the provider's name.
 */
export const interpretingSchema = z.strictObject({
  ...entryFields('Name des Angebots'),
  description: description(),
  provider: ref(actorCollections, { label: 'Träger', search: 'text' }),
  modes: field(z.array(z.enum(['on-site', 'video', 'phone'])).min(1, 'ist leer – mindestens eine Form angeben'), {
    label: 'Form',
    hint: 'Vor Ort, per Video oder per Telefon.',
  }),
  languages: terms('languages', { label: 'Sprachen', search: 'text' }, 1),
  specialisations: field(z.array(z.enum(['health', 'school', 'authorities', 'counselling', 'psychotherapy', 'childcare', 'housing'])), {
    label: 'Einsatzbereiche',
  }).default([]),
  whoMayRequest: text({ label: 'Wer kann anfragen?', hint: 'z. B. „Schulen, Kitas und Beratungsstellen der Stadt“' }),
  howToRequest: text({ label: 'Wie anfragen?' }, 800),
  requestUrl: webUrl({ label: 'Link zum Anfrageformular' }).optional(),
  leadTime: text({ label: 'Vorlaufzeit', hint: 'z. B. „mindestens 5 Werktage“' }).optional(),
  cost: text({ label: 'Kosten' }).optional(),
  openingHours: openingHours().optional(),
  contact: contact().optional(),
});
