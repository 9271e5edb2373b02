/**
 * Locale-aware names and clock times for opening hours. Kept apart from `opening-hours.ts`
 * (which needs the 1.2 MB `opening_hours` library) so the browser island can use it too.
 */

/** Weekday names Monday…Sunday in a language (Intl). */
export function weekdayNames(intlLocale: string, style: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(intlLocale, { weekday: style, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}

/** A clock time ("HH:MM", "24:00" = end of day) for a language, e.g. "07:30" or "٠٧:٣٠ ص". */
export function formatClock(time: string, intlLocale: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (hours === 24) return formatClock('23:59', intlLocale);
  return new Intl.DateTimeFormat(intlLocale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, hours, minutes)),
  );
}

/** A day as weekday and date, e.g. "Montag, 30. November" or "Monday 30 November". */
export function formatWeekdayDate(date: string, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
