import { z } from 'astro/zod';
import { field } from '../field.ts';
import { access } from '../shared/access.ts';
import { actorCollections, locationIds } from '../shared/actor.ts';
import { isoDate } from '../shared/dates.ts';
import { ageRange, checkRange, description, entryFields } from '../shared/entry.ts';
import { openingHours } from '../shared/opening-hours.ts';
import { contact } from '../shared/place.ts';
import { ref, refs, terms } from '../shared/refs.ts';
import { plain, text, textList } from '../shared/text.ts';

/**
 * A project or contact point (Projekt / Anlaufstelle): a time-limited project, a single offer
 * or an additional contact point. Projects past their end date leave the public site by
 * themselves and stay in the archive.
 */
export const projectSchema = z
  .strictObject({
    ...entryFields('Name des Projekts oder der Anlaufstelle'),
    description: description(),
    kind: field(z.enum(['project', 'contact-point', 'single-offer']), {
      label: 'Art',
      hint: 'Befristetes Projekt, dauerhafte Anlaufstelle oder einzelnes Angebot.',
    }),
    operator: ref(actorCollections, { label: 'Träger', search: 'text' }),
    partners: refs(actorCollections, { label: 'Partner' }).default([]),
    locations: locationIds('operator'),
    funding: field(
      z.strictObject({
        programme: plain({ label: 'Förderprogramm' }).optional(),
        funder: plain({ label: 'Fördermittelgeber' }).optional(),
      }),
      { label: 'Förderung' },
    ).optional(),
    start: isoDate({ label: 'Beginn' }),
    end: isoDate({
      label: 'Ende',
      hint: 'Leer lassen, wenn unbefristet. Nach dem Ende verschwindet der Eintrag von der öffentlichen Seite.',
    }).optional(),
    targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
    ...ageRange(),
    languages: terms('languages', { label: 'Angebotssprachen', search: 'text' }).default([]),
    services: textList({ label: 'Leistungen', search: 'text' }).default([]),
    access: access().optional(),
    openingHours: openingHours().optional(),
    contact: contact().optional(),
    followUp: text({ label: 'Nach Projektende', hint: 'Wohin sich Menschen nach dem Ende wenden können.' }).optional(),
  })
  .superRefine((data, ctx) => {
    checkRange(data, ctx);
    if (data.end && data.end < data.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `Ende (${data.end}) liegt vor dem Beginn (${data.start}) – Daten prüfen oder tauschen`,
      });
    }
  });
