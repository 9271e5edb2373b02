import { z } from 'astro/zod';
import { field, labelledEnum } from '../field.ts';
import { reviewFields, visibility } from '../shared/review.ts';
import { text } from '../shared/text.ts';

/**
 * An editorial page in MDX: Impressum, Datenschutzerklärung, Barrierefreiheitserklärung,
 * Leichte Sprache and any other page the office wants.
 */
export const pageSchema = z.strictObject({
  title: text({ label: 'Titel', search: 'title' }, 160, { title: true }),
  summary: text({ label: 'Kurzbeschreibung', search: 'text', widget: 'text' }, 300),
  /** Required pages have a fixed role; the footer links them. */
  role: labelledEnum(
    {
      imprint: 'Impressum',
      privacy: 'Datenschutzerklärung',
      accessibility: 'Erklärung zur Barrierefreiheit',
      'easy-language': 'Leichte Sprache',
      about: 'Über dieses Angebot',
      page: 'Weitere Seite',
    },
    {
      label: 'Art der Seite',
      hint: 'Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit und Leichte Sprache erscheinen in der Fußzeile jeder Seite.',
    },
  ).default('page'),
  /** Position within its role (e.g. the order of Leichte-Sprache pages). */
  order: field(z.int().min(0), { label: 'Reihenfolge' }).default(0),
  legal: field(z.boolean(), { label: 'Rechtlicher Inhalt' }).default(false),
  visibility: visibility(),
  ...reviewFields(),
});
