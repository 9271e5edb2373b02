import ICAL from 'ical.js';

/**
 * iCalendar (RFC 5545) files of network meetings, written with ical.js (which also escapes text
 * and folds long lines). Times are stored as local wall-clock times of the municipality and
 * written in UTC (…Z), so no VTIMEZONE block is needed and every calendar program places them
 * right.
 */

/** One meeting as a calendar event. */
export interface CalendarEvent {
  uid: string;
  /** Local start "YYYY-MM-DDTHH:mm" in `timeZone`. */
  start: string;
  /** Local end; one hour after the start when missing. */
  end?: string | undefined;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
}

/** Offset of a time zone from UTC at an instant, in minutes (Europe/Berlin in summer: 120). */
function offsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** A local wall-clock time in a time zone as a UTC instant. */
export function localToUtc(local: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = local.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Two rounds settle the offset also next to a daylight-saving switch.
  let instant = new Date(guess - offsetMinutes(timeZone, new Date(guess)) * 60_000);
  instant = new Date(guess - offsetMinutes(timeZone, instant) * 60_000);
  return instant;
}

const utc = (instant: Date) => ICAL.Time.fromJSDate(instant, true);

/** A complete calendar file (CRLF line ends). `stamp` (YYYY-MM-DD) makes builds reproducible. */
export function buildCalendar(options: { name: string; prodId: string; timeZone: string; stamp: string; events: CalendarEvent[] }): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', options.prodId);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.name);
  const dtstamp = utc(new Date(`${options.stamp}T00:00:00Z`));
  for (const event of options.events) {
    const start = localToUtc(event.start, options.timeZone);
    const end = event.end ? localToUtc(event.end, options.timeZone) : new Date(start.getTime() + 3_600_000);
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', event.uid);
    vevent.addPropertyWithValue('dtstamp', dtstamp);
    vevent.addPropertyWithValue('dtstart', utc(start));
    vevent.addPropertyWithValue('dtend', utc(end));
    vevent.addPropertyWithValue('summary', event.summary);
    if (event.location) vevent.addPropertyWithValue('location', event.location);
    if (event.description) vevent.addPropertyWithValue('description', event.description);
    if (event.url) vevent.addPropertyWithValue('url', event.url);
    calendar.addSubcomponent(vevent);
  }
  return `${calendar.toString()}\r\n`;
}
