import type { Translate } from '#src/i18n/translate.ts';
import { addDays, daysBetween } from './dates.ts';
import { formatClock, formatWeekdayDate } from './format-time.ts';

/**
 * "Open now" / "opens at …" from opening intervals computed at build time
 * (`upcomingIntervals`). Runs in the browser, so the answer is true for the moment somebody
 * looks, not for the moment the site was built. Times are wall-clock times of the
 * municipality, whatever time zone the visitor's phone is set to.
 */

/**
 * How many days ahead the build computes open intervals (entry pages and the search index
 * alike); beyond them a status says nothing. Six weeks: long enough for any rebuild rhythm.
 */
export const openStatusDays = 42;

/** Open intervals per day, `{ "2026-11-23": [["08:00", "12:00"]] }`; closed days are absent. */
export type OpenIntervals = Record<string, [string, string][]>;

/** The days the intervals cover: `from` up to and including `until` (YYYY-MM-DD). */
interface Horizon {
  from: string;
  until: string;
}

/** A moment as the municipality's wall clock shows it. */
interface WallClock {
  date: string;
  time: string;
}

export type OpenStatus =
  /** Open now, until `time` on `date` (usually today). */
  | { state: 'open'; until: WallClock }
  /** Closed now; opens next at `next`, or not within the known days. */
  | { state: 'closed'; next?: WallClock }
  /** The moment lies outside the computed days (an old build): say nothing rather than guess. */
  | { state: 'unknown' };

/** The wall clock of a time zone at an instant. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

const nextDay = (date: string) => addDays(date, 1);

/** Whether the place is open at `now`, and until when or from when. */
export function openStatusAt(intervals: OpenIntervals, horizon: Horizon, now: WallClock): OpenStatus {
  if (now.date < horizon.from || now.date > horizon.until) return { state: 'unknown' };
  const current = (intervals[now.date] ?? []).find(([from, to]) => from <= now.time && now.time < to);
  if (current) {
    let until: WallClock = { date: now.date, time: current[1] };
    // An interval past midnight is stored as "…–24:00" plus "00:00–…" on the next day.
    while (until.time === '24:00') {
      const date = nextDay(until.date);
      const continued = (intervals[date] ?? []).find(([from]) => from === '00:00');
      if (!continued || date > horizon.until) break;
      until = { date, time: continued[1] };
    }
    return { state: 'open', until };
  }
  for (let date = now.date; date <= horizon.until; date = nextDay(date)) {
    const start = (intervals[date] ?? []).find(([from]) => date > now.date || from > now.time);
    if (start) return { state: 'closed', next: { date, time: start[0] } };
  }
  return { state: 'closed' };
}

/** How a day relates to today, for wording: "today", "tomorrow" or a named day. */
export function relativeDay(date: string, today: string): 'today' | 'tomorrow' | 'later' {
  const distance = daysBetween(today, date);
  return distance === 0 ? 'today' : distance === 1 ? 'tomorrow' : 'later';
}

/**
 * Intervals as a compact attribute value, days counted from `from`:
 * `"1=07:30-12:00;3=14:00-18:00,19:00-20:00"`. A third of the size of JSON in an attribute.
 */
export function encodeIntervals(intervals: OpenIntervals, from: string): string {
  return Object.entries(intervals)
    .map(([date, list]) => `${daysBetween(from, date)}=${list.map(([start, end]) => `${start}-${end}`).join(',')}`)
    .join(';');
}

/** The inverse of `encodeIntervals`. */
export function decodeIntervals(text: string, from: string): OpenIntervals {
  const intervals: OpenIntervals = {};
  for (const day of text.split(';').filter(Boolean)) {
    const [offset = '', list = ''] = day.split('=');
    intervals[addDays(from, Number(offset))] = list.split(',').map((range) => range.split('-') as [string, string]);
  }
  return intervals;
}

/** The sentences an open status is told in; `{time}` and `{day}` are filled in. */
const openStatusLabelKeys = {
  openUntil: 'hours.openUntil',
  opensToday: 'hours.opensToday',
  opensTomorrow: 'hours.opensTomorrow',
  opensOn: 'hours.opensOn',
  closedUnknown: 'hours.closedUnknown',
  appointmentsUntil: 'hours.appointmentsUntil',
  appointmentsToday: 'hours.appointmentsToday',
  appointmentsTomorrow: 'hours.appointmentsTomorrow',
  appointmentsOn: 'hours.appointmentsOn',
} as const;

export type OpenStatusLabels = Record<keyof typeof openStatusLabelKeys, string>;

/** The sentence templates in the page language, placeholders kept, for a browser island. */
export function openStatusLabels(t: Translate): OpenStatusLabels {
  const keep = { time: '{time}', day: '{day}' };
  return Object.fromEntries(Object.entries(openStatusLabelKeys).map(([name, key]) => [name, t(key, keep)])) as OpenStatusLabels;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * The one sentence for a status, in the page language: "Jetzt geöffnet – bis 12:00 Uhr",
 * "Nur mit Termin – nächste Termine morgen ab 07:30 Uhr". Entry pages and result cards both
 * say it with this function, so an office never reads "closed" in one and "appointment only"
 * in the other. Empty when the status is unknown.
 */
export function describeOpenStatus(
  status: OpenStatus,
  today: string,
  appointmentOnly: boolean,
  labels: OpenStatusLabels,
  intlLocale: string,
): string {
  if (status.state === 'unknown') return '';
  if (status.state === 'open') {
    return fill(labels[appointmentOnly ? 'appointmentsUntil' : 'openUntil'], { time: formatClock(status.until.time, intlLocale) });
  }
  if (!status.next) return labels.closedUnknown;
  const when = relativeDay(status.next.date, today);
  const key: keyof OpenStatusLabels = appointmentOnly
    ? when === 'today'
      ? 'appointmentsToday'
      : when === 'tomorrow'
        ? 'appointmentsTomorrow'
        : 'appointmentsOn'
    : when === 'today'
      ? 'opensToday'
      : when === 'tomorrow'
        ? 'opensTomorrow'
        : 'opensOn';
  return fill(labels[key], { time: formatClock(status.next.time, intlLocale), day: formatWeekdayDate(status.next.date, intlLocale) });
}
