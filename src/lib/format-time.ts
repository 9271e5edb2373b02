/**
 * Locale-aware names and clock times for opening hours. Kept apart from `opening-hours.ts`
 * (which needs the 1.2 MB `opening_hours` library) so the browser island can use it too.
 *
 * A build formats the same few times in the same seven languages on thousands of pages, and
 * making an Intl.DateTimeFormat costs far more than using one: formatters and results are kept.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per language and options, made on first use. */
export function dateTimeFormat(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale}\u0000${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(intlLocale, options)));
  return format;
}

const weekdays = new Map<string, readonly string[]>();

/** Weekday names Monday…Sunday in a language (Intl). */
export function weekdayNames(intlLocale: string, style: 'long' | 'short' = 'long'): readonly string[] {
  const key = `${intlLocale}\u0000${style}`;
  let names = weekdays.get(key);
  if (!names) {
    const format = dateTimeFormat(intlLocale, { weekday: style, timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    names = Object.freeze(Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index)))));
    weekdays.set(key, names);
  }
  return names;
}

const clocks = new Map<string, string>();

/** A clock time ("HH:MM", "24:00" = end of day) for a language, e.g. "07:30" or "٠٧:٣٠ ص". */
export function formatClock(time: string, intlLocale: string): string {
  const key = `${intlLocale}\u0000${time}`;
  let text = clocks.get(key);
  if (text === undefined) {
    const [hours, minutes] = (time.startsWith('24:') ? '23:59' : time).split(':').map(Number) as [number, number];
    text = dateTimeFormat(intlLocale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1, hours, minutes)),
    );
    clocks.set(key, text);
  }
  return text;
}

/** A day as weekday and date, e.g. "Montag, 30. November" or "Monday 30 November". */
export function formatWeekdayDate(date: string, intlLocale: string): string {
  return dateTimeFormat(intlLocale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
