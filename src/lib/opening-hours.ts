import OpeningHours from 'opening_hours';

/**
 * Opening hours for display. The `opening_hours` library (1.2 MB) runs only at build time:
 * it turns the OSM rule into a weekly table for the page and into explicit open intervals for
 * the coming weeks, from which the browser computes "open now" with a few lines of code.
 * All times are wall-clock times of the municipality ("naive" dates), whatever the build
 * machine's time zone.
 */

/** Where the rule applies; decides which public holidays count. */
export interface HoursRegion {
  /** German name of the federal state, e.g. "Bayern". */
  state: string;
}

/** One opening interval on a day, e.g. { from: "08:00", to: "12:00" }. */
interface DayInterval {
  from: string;
  to: string;
  comment?: string;
}

/** Monday = 0 … Sunday = 6. */
export type WeekTable = DayInterval[][];

const parsedRules = new Map<string, OpeningHours>();

/** Parsing is the expensive part and pages repeat the same rules: parse each rule once. */
function parse(rule: string, region: HoursRegion): OpeningHours {
  const key = `${region.state}\u0000${rule}`;
  let result = parsedRules.get(key);
  if (!result) {
    const nominatim = { lat: 0, lon: 0, address: { country_code: 'de', state: region.state } };
    result = new OpeningHours(rule, nominatim as never, { mode: 0 } as never);
    parsedRules.set(key, result);
  }
  return result;
}

function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Naive date for YYYY-MM-DD at midnight. */
function dayStart(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function intervalsOn(parsed: OpeningHours, day: Date): DayInterval[] {
  const next = addDays(day, 1);
  return parsed.getOpenIntervals(day, next).map(([from, to, , comment]) => ({
    from: clock(from),
    to: to.getTime() >= next.getTime() ? '24:00' : clock(to),
    ...(comment ? { comment } : {}),
  }));
}

const weekTables = new Map<string, WeekTable>();

/**
 * The regular week of a rule: for each weekday, the intervals of the first such day from
 * `fromDate` on that is not a public holiday.
 */
export function weekTable(rule: string, region: HoursRegion, fromDate: string): WeekTable {
  const key = `${region.state}\u0000${fromDate}\u0000${rule}`;
  const cached = weekTables.get(key);
  if (cached) return cached;
  const table = computeWeekTable(rule, region, fromDate);
  weekTables.set(key, table);
  return table;
}

function computeWeekTable(rule: string, region: HoursRegion, fromDate: string): WeekTable {
  const parsed = parse(rule, region);
  const holidays = parse('PH', region);
  const table: WeekTable = [[], [], [], [], [], [], []];
  const found = new Set<number>();
  for (let offset = 0; found.size < 7 && offset < 35; offset++) {
    const day = addDays(dayStart(fromDate), offset);
    const weekday = (day.getDay() + 6) % 7;
    if (found.has(weekday) || holidays.getState(addDays(day, 0.5))) continue;
    table[weekday] = intervalsOn(parsed, day);
    found.add(weekday);
  }
  return table;
}

const upcoming = new Map<string, Record<string, [string, string][]>>();

/**
 * Open intervals per day for `days` days from `fromDate`, compact for the browser:
 * `{ "2026-11-23": [["08:00","12:00"]], … }`; days without opening are left out. Every page of
 * a place shows them, so each rule is computed once per build (treat the result as read-only).
 */
export function upcomingIntervals(rule: string, region: HoursRegion, fromDate: string, days: number): Record<string, [string, string][]> {
  const key = `${region.state}\u0000${fromDate}\u0000${days}\u0000${rule}`;
  let result = upcoming.get(key);
  if (!result) upcoming.set(key, (result = computeUpcomingIntervals(rule, region, fromDate, days)));
  return result;
}

function computeUpcomingIntervals(rule: string, region: HoursRegion, fromDate: string, days: number): Record<string, [string, string][]> {
  const parsed = parse(rule, region);
  const result: Record<string, [string, string][]> = {};
  for (let offset = 0; offset < days; offset++) {
    const day = addDays(dayStart(fromDate), offset);
    const intervals = intervalsOn(parsed, day).map((interval): [string, string] => [interval.from, interval.to]);
    if (intervals.length > 0) {
      const key = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      result[key] = intervals;
    }
  }
  return result;
}

/** Whether a rule closes the place on public holidays ("PH off"), for a note under the table. */
export function closedOnHolidays(rule: string): boolean {
  return /\bPH\s+(off|closed)\b/.test(rule);
}

export { formatClock, weekdayNames } from './format-time.ts';
