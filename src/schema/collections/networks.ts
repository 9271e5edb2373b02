import { z } from 'astro/zod';
import { field } from '../field.ts';
import { actorCollections } from '../shared/actor.ts';
import { localDateTime, isoDate } from '../shared/dates.ts';
import { description, entryFields } from '../shared/entry.ts';
import { contact } from '../shared/place.ts';
import { ref, refs, term, terms } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/** One meeting of a network; published as iCalendar. */
const meeting = z
  .strictObject({
    start: localDateTime({ label: 'Beginn' }),
    end: localDateTime({ label: 'Ende' }).optional(),
    place: text({ label: 'Ort' }).optional(),
    note: text({ label: 'Hinweis', hint: 'z. B. Schwerpunktthema oder Anmeldung' }).optional(),
  })
  .superRefine((data, ctx) => {
    if (data.end && data.end < data.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `Ende (${data.end}) liegt vor dem Beginn (${data.start}) – Zeiten prüfen` });
    }
  });

/**
 * A network (Netzwerk): a standing body of several organisations on migration, integration or
 * flight, typed as in the literature (steering committee, working group, exchange platform,
 * local conference). Basis of the "Netzwerke" interface paper and the network map.
 */
export const networkSchema = z.strictObject({
  ...entryFields('Name des Netzwerks'),
  description: description(),
  type: term('network-types', { label: 'Netzwerktyp' }),
  scope: field(
    z.array(z.enum(['intra-municipal', 'inter-municipal', 'intersectoral'])).min(1, 'ist leer – mindestens einen Wirkungsbereich angeben'),
    {
      label: 'Wirkungsbereich',
      hint: 'intrakommunal (innerhalb der Verwaltung), interkommunal (mit Nachbarkommunen), intersektoral (Verwaltung, Träger, Zivilgesellschaft).',
    },
  ),
  hierarchyLevels: field(z.array(z.enum(['political', 'management', 'operational', 'volunteer'])), {
    label: 'Hierarchieebenen',
    hint: 'Politik, Leitungsebene, Fachebene, Ehrenamt.',
  }).default([]),
  frequency: term('frequencies', { label: 'Sitzungsrhythmus' }),
  /** Federführung; two entries make a tandem. */
  lead: refs(actorCollections, { label: 'Federführung', hint: 'Zwei Einträge = Tandem.' }, 1),
  members: refs(actorCollections, { label: 'Mitglieder' }).default([]),
  membersNote: text({ label: 'Weitere Mitglieder', hint: 'z. B. „sowie interessierte Ehrenamtliche“' }).optional(),
  targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
  status: field(z.enum(['active', 'dormant', 'dissolved']), { label: 'Status' }).default('active'),
  statusSince: isoDate({ label: 'Status seit' }).optional(),
  formalBasis: text({ label: 'Grundlage', hint: 'z. B. „Stadtratsbeschluss vom 12.03.2024, Geschäftsordnung“' }).optional(),
  membershipOpen: field(z.boolean(), { label: 'Offen für neue Mitglieder' }).default(false),
  howToJoin: text({ label: 'Wie kann man mitmachen?' }).optional(),
  meetings: field(z.array(meeting), { label: 'Nächste Sitzungen' }).default([]),
  mandatedBy: ref(['networks'], { label: 'Beauftragt von', hierarchy: true }).optional(),
  feedsInto: refs(['networks'], { label: 'Berichtet an', hierarchy: true }).default([]),
  contact: contact().optional(),
});
