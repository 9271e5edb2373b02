import { z } from 'astro/zod';
import { field } from '../field.ts';
import { actorCollections, actorFields } from '../shared/actor.ts';
import { entryFields } from '../shared/entry.ts';
import { ref, terms } from '../shared/refs.ts';
import { text, textList } from '../shared/text.ts';

/**
 * An association (Verein oder Zusammenschluss): a club, migrant organisation (MSO), initiative
 * or volunteer group active in migration, integration and flight (Augsburg's definition).
 * Network memberships are read from the networks, not stored here.
 */
export const associationSchema = z.strictObject({
  ...entryFields('Name des Vereins oder der Initiative'),
  ...actorFields(),
  legalForm: field(z.enum(['registered-association', 'non-profit-company', 'initiative', 'religious-community', 'umbrella']), {
    label: 'Rechtsform',
    hint: 'Eingetragener Verein (e. V.), gGmbH, nicht eingetragene Initiative, Religionsgemeinschaft oder Dachverband.',
  }),
  /** Communities the association is rooted in, e.g. "syrische und irakische Familien". */
  communities: textList({ label: 'Communities', search: 'keywords' }).default([]),
  activities: textList({ label: 'Aktivitäten und Angebote', search: 'text' }).default([]),
  volunteering: field(
    z.strictObject({
      offered: field(z.boolean(), { label: 'Sucht Ehrenamtliche' }),
      description: text({ label: 'Wie kann man mitmachen?' }).optional(),
    }),
    { label: 'Ehrenamt' },
  ).optional(),
  /** Umbrella or parent organisation the association belongs to, e.g. a welfare association. */
  parent: ref(actorCollections, {
    label: 'Dachverband oder Trägerorganisation',
    hint: 'z. B. der Wohlfahrtsverband oder Dachverband, dem der Verein angehört.',
    hierarchy: true,
  }).optional(),
  /** Districts where the association is active; empty = whole municipality. */
  districts: terms('districts', { label: 'Stadtteile' }).default([]),
});
