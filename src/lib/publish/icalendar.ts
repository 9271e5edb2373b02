/**
 * iCalendar (RFC 5545) for network meetings, written by hand: a few dozen lines beat a
 * dependency. Times are stored as local wall-clock times of the municipality and written in UTC
 * (…Z), so no VTIMEZONE block is needed and every calendar program places them right.
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

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escape a TEXT value (RFC 5545 3.3.11). */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A complete calendar file. `stamp` (YYYY-MM-DD) makes builds reproducible. */
export function buildCalendar(options: { name: string; prodId: string; timeZone: string; stamp: string; events: CalendarEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const dtstamp = `${options.stamp.replaceAll('-', '')}T000000Z`;
  for (const event of options.events) {
    const start = localToUtc(event.start, options.timeZone);
    const end = event.end ? localToUtc(event.end, options.timeZone) : new Date(start.getTime() + 3_600_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
