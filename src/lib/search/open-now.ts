import { addDays } from '../dates.ts';
import { openStatusAt, openStatusDays, wallClock, type OpenIntervals, type OpenStatus } from '../open-status.ts';
import type { HoursTable, SearchDoc, SearchIndex } from './search-index-types.ts';

/** What "open now" says about an entry, in one word (the facet and the colour of a card). */
type OpenState = 'open' | 'closed' | 'appointment';

/** The open status of an entry as a result card tells it. */
interface EntryOpenStatus {
  status: OpenStatus;
  /** The place receives visitors only by appointment. */
  appointmentOnly: boolean;
  /** The municipality's date at that moment, for "today" / "tomorrow". */
  today: string;
}

const clock = (time: string) => `${time.slice(0, 2)}:${time.slice(2, 4)}`;

const datedCache = new WeakMap<HoursTable, OpenIntervals>();

/**
 * A table's open intervals by date for the days the index knows (from its build day), in the
 * form the entry pages use: the same `openStatusAt` then answers for both.
 */
function datedIntervals(table: HoursTable, from: string): OpenIntervals {
  const cached = datedCache.get(table);
  if (cached) return cached;
  const intervals: OpenIntervals = {};
  for (let offset = 0; offset < openStatusDays; offset++) {
    const date = addDays(from, offset);
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
    const day = table.x?.[date] ?? table.w[weekday] ?? '';
    if (day === '') continue;
    intervals[date] = day.split(',').map((interval) => {
      const [start = '', end = ''] = interval.split('-');
      return [clock(start), clock(end)];
    });
  }
  datedCache.set(table, intervals);
  return intervals;
}

/**
 * The open status of an entry at `now`: that of its first place open now, else that of its
 * first place with hours (the one its page shows first). Undefined without opening hours.
 */
export function entryOpenStatus(
  doc: SearchDoc,
  index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'>,
  now: Date,
): EntryOpenStatus | undefined {
  const tables = (doc.h ?? []).map((position) => index.hours[position]).filter((table): table is HoursTable => table !== undefined);
  if (tables.length === 0) return undefined;
  const wall = wallClock(now, index.timeZone);
  const horizon = { from: index.built, until: addDays(index.built, openStatusDays - 1) };
  const statuses = tables.map((table) => ({
    status: openStatusAt(datedIntervals(table, index.built), horizon, wall),
    appointmentOnly: table.ap === 1,
    today: wall.date,
  }));
  return (
    statuses.find((entry) => entry.status.state === 'open' && !entry.appointmentOnly) ??
    statuses.find((entry) => entry.status.state === 'open') ??
    statuses[0]
  );
}

/**
 * "Open now" of an entry in one word: open when a place is open for visitors, "appointment"
 * when the open places see visitors only by appointment; undefined when no hours are known.
 */
export function openState(doc: SearchDoc, index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'>, now: Date): OpenState | undefined {
  const entry = entryOpenStatus(doc, index, now);
  if (!entry || entry.status.state === 'unknown') return undefined;
  if (entry.status.state !== 'open') return 'closed';
  return entry.appointmentOnly ? 'appointment' : 'open';
}
