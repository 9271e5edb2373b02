import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A calendar date, stored as "YYYY-MM-DD". YAML parsers may hand over a Date object for an
 * unquoted date; both forms end up as the same string, so dates compare as text.
 */
export function isoDate(meta: Omit<FieldMeta, 'i18n'>) {
  return field(
    z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().refine(isCalendarDate, {
        error: 'ist kein gültiges Datum – als JJJJ-MM-TT schreiben, z. B. 2026-03-31, und prüfen, ob es den Tag gibt',
      }),
    ),
    { widget: 'date', ...meta },
  );
}

/** A date with time in local time of the municipality, stored as "YYYY-MM-DDTHH:mm". */
export function localDateTime(meta: Omit<FieldMeta, 'i18n'>) {
  return field(
    z.preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 16) : value),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
          error: 'ist kein gültiger Zeitpunkt – als JJJJ-MM-TTTHH:MM schreiben, z. B. 2026-03-31T14:00',
        })
        .refine((value) => isCalendarDate(value.slice(0, 10)), {
          error: 'ist kein gültiger Zeitpunkt – diesen Tag gibt es nicht; Datum prüfen',
        }),
    ),
    { widget: 'datetime', ...meta },
  );
}
