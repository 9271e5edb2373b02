import { z } from 'astro/zod';
import { field, labelledEnum } from '../field.ts';
import { isoDate } from './dates.ts';
import { plain } from './text.ts';

/**
 * Freshness of an entry: when somebody last confirmed it, who keeps it, and how often it must
 * be confirmed. Entries go stale fast (projects end, staff change), so all three are required.
 */
export function reviewFields() {
  return {
    /** Date the entry was last checked against reality; shown as "Stand". */
    reviewed: isoDate({
      label: 'Zuletzt geprüft am',
      hint: 'Das Datum, an dem jemand den Eintrag mit der Stelle abgeglichen hat. Erscheint als „Stand“.',
    }),
    /** A role or unit, never a private person. @example "Ausländerbehörde, Sachgebietsleitung" */
    owner: plain({
      label: 'Verantwortlich für die Pflege',
      hint: 'Eine Stelle oder Rolle, keine Privatperson, z. B. „Jobcenter, Migrationsbeauftragte“.',
    }),
    /** Months after `reviewed` when the entry is due again. */
    reviewIntervalMonths: field(z.int().min(1).max(36), {
      label: 'Prüfintervall (Monate)',
    }).default(12),
  };
}

/** Whether an entry appears in the public edition or only in the internal one. */
export function visibility() {
  return labelledEnum(
    { public: 'Öffentlich', internal: 'Nur intern' },
    { label: 'Sichtbarkeit', hint: '„Nur intern“: nur in der internen Ausgabe für Beratungsstellen, nicht öffentlich.' },
  ).default('public');
}
