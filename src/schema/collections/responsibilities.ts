import { z } from 'astro/zod';
import { field } from '../field.ts';
import { access } from '../shared/access.ts';
import { locationIds } from '../shared/actor.ts';
import { ageRange, checkRange, description, entryFields } from '../shared/entry.ts';
import { openingHours } from '../shared/opening-hours.ts';
import { contact } from '../shared/place.ts';
import { ref, refs, terms } from '../shared/refs.ts';
import { text } from '../shared/text.ts';

/**
 * A responsibility (Zuständigkeit): a matter a person has ("Aufenthaltstitel verlängern") and
 * the office that handles it by law or fixed assignment, with how to get there and what to
 * bring. The basis of the "Zuständigkeiten" interface paper and of the finder.
 */
export const responsibilitySchema = z
  .strictObject({
    ...entryFields('Anliegen', 'So, wie Menschen es sagen: „Aufenthaltstitel verlängern“, „Bürgergeld beantragen“.'),
    description: description(),
    office: ref(['organisations'], { label: 'Zuständige Stelle', search: 'text' }),
    locations: locationIds('office'),
    team: text({ label: 'Team oder Sachgebiet', hint: 'z. B. „Team Aufenthalt“' }).optional(),
    legalBases: terms('legal-bases', { label: 'Rechtsgrundlagen', search: 'keywords' }).default([]),
    /** Why an office must (or may) do this; voluntary tasks can disappear with the budget. */
    taskType: field(z.enum(['mandatory-delegated', 'mandatory-self-government', 'voluntary']), {
      label: 'Art der Aufgabe',
      hint: 'Pflichtaufgabe nach Weisung, pflichtige Selbstverwaltungsaufgabe oder freiwillige Aufgabe.',
    }).optional(),
    targetGroups: terms('target-groups', { label: 'Zielgruppen' }).default([]),
    /** Residence statuses this applies to; empty = regardless of status. */
    residenceStatuses: terms('residence-statuses', {
      label: 'Aufenthaltsstatus',
      hint: 'Leer lassen, wenn es für alle gilt.',
      emptyMeansAll: true,
    }).default([]),
    ...ageRange(),
    /** How cases are split between teams: by surname letters, district, language, … */
    allocation: field(
      z.array(
        z.strictObject({
          criterion: field(z.enum(['surname', 'district', 'language', 'target-group', 'accommodation', 'other']), {
            label: 'Verteilt nach',
          }),
          value: text({ label: 'Bereich', hint: 'z. B. „Nachnamen A–K“ oder „nördliche Stadtteile“' }),
          team: text({ label: 'Team' }).optional(),
          contact: contact().optional(),
        }),
      ),
      { label: 'Zuordnung', hint: 'Wer innerhalb der Stelle zuständig ist, z. B. nach Anfangsbuchstaben des Nachnamens.' },
    ).default([]),
    access: access(),
    /** Hours for this matter when they differ from the office's opening hours. */
    openingHours: openingHours().optional(),
    contact: contact().optional(),
    checklist: ref(['checklists'], { label: 'Mitbringliste' }).optional(),
    interpreting: refs(['interpreting'], { label: 'Sprachmittlung' }).default([]),
    /** Next offices in the chain, e.g. AsylbLG benefits → Jobcenter after recognition. */
    handoverTo: refs(['responsibilities'], {
      label: 'Danach zuständig',
      hint: 'Welche Zuständigkeit danach folgt, z. B. nach der Anerkennung das Jobcenter.',
    }).default([]),
    professionalContact: field(contact(), {
      label: 'Kontakt für Fachstellen (intern)',
      internal: true,
    }).optional(),
  })
  .superRefine(checkRange);
