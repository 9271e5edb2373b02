import { z } from 'astro/zod';
import OpeningHours from 'opening_hours';
import { field } from '../field.ts';

/**
 * Problems of an opening-hours rule in OpenStreetMap syntax, in German; empty when the rule is
 * fine. Warnings (ambiguous but parseable rules such as "8-12") count as problems too: an
 * ambiguous rule shows the wrong "open now" to somebody standing in front of a closed door.
 */
export function openingHoursProblems(rule: string): string[] {
  try {
    const parsed = new OpeningHours(rule, null, { mode: 0, locale: 'de' } as never);
    return parsed.getWarnings().map((warning) => warning.replace(/\s+/g, ' ').trim());
  } catch (error) {
    return [String(error).replace(/\s+/g, ' ').trim()];
  }
}

/**
 * Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the `opening_hours` library.
 * @example "Mo,Tu,Th 07:30-12:00; We 14:00-18:00; PH off"
 */
export function openingHours() {
  return field(
    z
      .string()
      .trim()
      .min(1)
      .superRefine((rule, ctx) => {
        const problems = openingHoursProblems(rule);
        if (problems.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `Öffnungszeiten nicht lesbar: ${problems[0]} – Schreibweise wie „Mo-Fr 08:00-12:00; Sa 10:00-13:00; PH off“ verwenden`,
          });
        }
      }),
    {
      label: 'Öffnungszeiten',
      hint: 'In OpenStreetMap-Schreibweise, z. B. „Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off“ (englische Tageskürzel Mo Tu We Th Fr Sa Su; PH = Feiertage). Achtung: eine Regel nach „;“ ersetzt frühere Regeln für dieselben Tage, mehrere Zeiten am selben Tag mit Komma trennen.',
      widget: 'opening-hours',
    },
  );
}
