import { dateTimeFormat } from './format-time.ts';

/**
 * The current date (YYYY-MM-DD) in the municipality's time zone. `LOTSE_TODAY` overrides it,
 * so tests and reports can be run "as of" a fixed day.
 */
export function todayIn(timeZone: string, now = new Date()): string {
  const fixed = process.env['LOTSE_TODAY'];
  if (fixed) return fixed;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Add whole months to a YYYY-MM-DD date (end of month is clamped: 31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date plus whole days (negative goes back). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date in words for a language, e.g. "1. September 2026" / "1 September 2026". */
export function formatDate(date: string, intlLocale: string): string {
  return dateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
