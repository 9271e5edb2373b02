import { z } from 'astro/zod';
import { field } from '../field.ts';
import { access } from '../shared/access.ts';
import { actorCollections, locationIds } from '../shared/actor.ts';
import { ageRange, checkRange, description, entryFields } from '../shared/entry.ts';
import { openingHours } from '../shared/opening-hours.ts';
import { contact } from '../shared/place.ts';
import { ref, term, terms } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/**
 * A counselling service (Beratungsangebot) such as MBE, JMD or FIB. Eligibility is a set of
 * overlapping criteria (age, status, area, language), which the comparison table and the
 * finder read. "Official" and "in practice" target groups are kept apart so nobody is turned
 * away wrongly.
 */
export const serviceSchema = z
  .strictObject({
    ...entryFields('Name des Beratungsangebots'),
    description: description(),
    provider: ref(actorCollections, { label: 'Träger', search: 'text' }),
    locations: locationIds('provider'),
    programme: term('programmes', { label: 'Programm', hint: 'z. B. MBE, JMD, FIB', search: 'keywords' }).optional(),
    forms: field(
      z.array(z.enum(['short-questions', 'case-work', 'case-management'])).min(1, 'ist leer – mindestens eine Beratungsform angeben'),
      {
        label: 'Beratungsform',
        hint: 'Kurzberatung, Einzelfallberatung oder Case Management.',
      },
    ),
    targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
    ...ageRange(),
    /** Statuses required; empty = regardless of residence status. */
    residenceStatuses: terms('residence-statuses', { label: 'Aufenthaltsstatus', hint: 'Leer lassen = unabhängig vom Status.' }).default(
      [],
    ),
    officialTargetGroup: text({ label: 'Zielgruppe laut Förderrichtlinie' }).optional(),
    servedInPractice: text({
      label: 'Berät in der Praxis auch',
      hint: 'Wer trotzdem kommen kann, z. B. „auch Angehörige unter 27“.',
    }).optional(),
    /** Districts served; empty = the whole municipality. */
    districts: terms('districts', { label: 'Einzugsgebiet (Stadtteile)', hint: 'Leer lassen = ganze Stadt.' }).default([]),
    neighbouringAreas: field(z.boolean(), { label: 'Auch für Menschen aus Nachbarkommunen' }).default(false),
    languages: terms('languages', { label: 'Beratungssprachen', search: 'text' }, 1),
    access: access(),
    openingHours: openingHours().optional(),
    contact: contact().optional(),
    free: field(z.boolean(), { label: 'Kostenlos' }).default(true),
    independence: text({
      label: 'Hinweis zur Unabhängigkeit',
      hint: 'z. B. „Wir sind keine Behörde. Die Beratung ist vertraulich.“',
    }).optional(),
    professionalContact: field(contact(), { label: 'Kontakt für Fachstellen (intern)', internal: true }).optional(),
  })
  .superRefine(checkRange);

export type Service = z.output<typeof serviceSchema>;
