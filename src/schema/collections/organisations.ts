import { z } from 'astro/zod';
import { field } from '../field.ts';
import { actorFields } from '../shared/actor.ts';
import { entryFields } from '../shared/entry.ts';
import { contact } from '../shared/place.ts';
import { ref } from '../shared/refs.ts';
import { plain } from '../shared/text.ts';

/**
 * An organisation (Akteur): an authority, welfare association, provider, chamber, university
 * or company that works with newcomers. Its cooperation level with the immigration office
 * comes from its cooperation agreements, never from this entry; the entry only says how it
 * stands to the office without one (`hubRelation`, see src/lib/hub-relation.ts).
 */
export const organisationSchema = z.strictObject({
  ...entryFields('Name der Organisation'),
  ...actorFields(),
  /** One of the four "Handlungslogiken" of the network literature. */
  sector: field(z.enum(['public-administration', 'business', 'third-sector', 'civil-society']), {
    label: 'Sektor',
    hint: 'Öffentliche Verwaltung, Wirtschaft, Dritter Sektor (Wohlfahrt) oder weitere Zivilgesellschaft.',
  }),
  govLevel: field(z.enum(['federal', 'state', 'county', 'municipal']), {
    label: 'Verwaltungsebene',
    hint: 'Nur für Behörden: Bund, Land, Kreis oder Kommune.',
  }).optional(),
  /** Umbrella association, e.g. "AWO", "Caritas", "Diakonie". */
  umbrella: plain({ label: 'Dachverband' }).optional(),
  parent: ref(['organisations'], { label: 'Übergeordnete Organisation', hierarchy: true }).optional(),
  /** Direct line for professionals (counsellors, other offices); internal edition only. */
  professionalContact: field(contact(), {
    label: 'Kontakt für Fachstellen (intern)',
    hint: 'Durchwahl oder Funktionspostfach für Fachkräfte. Erscheint nur in der internen Ausgabe.',
    internal: true,
  }).optional(),
});
