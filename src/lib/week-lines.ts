import { formatClock, weekdayNames } from './format-time.ts';
import { formatList } from './format-list.ts';
import type { WeekTable } from './opening-hours.ts';

/** One line of a compact week: days with the same hours, and those hours. */
export interface WeekLine {
  /** "Mo–Do", "Mi" or "Mo und Mi". */
  days: string;
  /** "08:30–12:00"; each range is shown unbroken. */
  ranges: string[];
}

/**
 * The regular week in a few lines for papers, the brochure and the referral slip, where a
 * seven-row table takes too much room: consecutive days with the same hours share a line
 * ("Mo.–Do. 08:30–12:00, 13:00–16:00"); closed days are left out.
 */
export function weekLines(table: WeekTable, intlLocale: string): WeekLine[] {
  const names = weekdayNames(intlLocale, 'short');
  const key = (day: number) => (table[day] ?? []).map((interval) => `${interval.from}-${interval.to}`).join(',');
  const lines: WeekLine[] = [];
  for (let day = 0; day < 7; day++) {
    const intervals = table[day] ?? [];
    if (intervals.length === 0) continue;
    let last = day;
    while (last + 1 < 7 && key(last + 1) === key(day)) last += 1;
    const days =
      last === day
        ? (names[day] as string)
        : last === day + 1
          ? formatList([names[day] as string, names[last] as string], intlLocale)
          : `${names[day]}–${names[last]}`;
    lines.push({
      days,
      ranges: intervals.map((interval) => `${formatClock(interval.from, intlLocale)}–${formatClock(interval.to, intlLocale)}`),
    });
    day = last;
  }
  return lines;
}
