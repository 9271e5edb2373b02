import { wallClock } from '../open-status.ts';
import type { HoursTable, SearchDoc, SearchIndex } from './search-index-types.ts';

/** What "open now" says about an entry. */
export type OpenState = 'open' | 'closed' | 'appointment';

/** Wall-clock day (YYYY-MM-DD), weekday (Monday = 0) and minute of the day in a time zone. */
function searchClock(now: Date, timeZone: string): { day: string; weekday: number; minute: number } {
  const { date, time } = wallClock(now, timeZone);
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return { day: date, weekday, minute: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) };
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(2, 4));
}

/** True when the table has the place open at that wall-clock moment. */
export function isOpenAt(table: HoursTable, clock: { day: string; weekday: number; minute: number }): boolean {
  const intervals = table.x?.[clock.day] ?? table.w[clock.weekday] ?? '';
  if (intervals === '') return false;
  return intervals.split(',').some((interval) => {
    const [from = '', to = ''] = interval.split('-');
    return minutes(from) <= clock.minute && clock.minute < minutes(to);
  });
}

/**
 * "Open now" of an entry: open when any of its places is open; "appointment" when the open
 * places receive visitors only by appointment; undefined when no opening hours are known.
 */
export function openState(doc: SearchDoc, index: Pick<SearchIndex, 'hours' | 'timeZone'>, now: Date): OpenState | undefined {
  if (!doc.h || doc.h.length === 0) return undefined;
  const clock = searchClock(now, index.timeZone);
  let state: OpenState = 'closed';
  for (const position of doc.h) {
    const table = index.hours[position];
    if (!table || !isOpenAt(table, clock)) continue;
    if (!table.ap) return 'open';
    state = 'appointment';
  }
  return state;
}
