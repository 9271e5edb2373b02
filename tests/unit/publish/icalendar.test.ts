import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, localToUtc } from '#src/lib/publish/icalendar.ts';

const calendar = buildCalendar({
  name: 'AG Sprache',
  prodId: '-//Lotse//Test//DE',
  timeZone: 'Europe/Berlin',
  stamp: '2026-11-22',
  events: [
    {
      uid: 'a@test',
      start: '2026-12-10T09:30',
      end: '2026-12-10T11:00',
      summary: 'AG Sprache',
      location: 'VHS-Haus, Raum 104',
      description: 'Schwerpunkt: Wohnen; Anmeldung bis 1.12.\nBitte pünktlich',
    },
    {
      uid: 'b@test',
      start: '2026-07-02T14:00',
      summary: 'Sommersitzung mit einem sehr langen Titel, der über fünfundsiebzig Bytes hinausgeht – äöü ß',
    },
  ],
});

describe('iCalendar files of network meetings', () => {
  it('parse with ical.js and keep every event with its texts', () => {
    const component = new ICAL.Component(ICAL.parse(calendar));
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.uid)).toEqual(['a@test', 'b@test']);
    expect(events[0]?.location).toBe('VHS-Haus, Raum 104');
    expect(events[0]?.description).toBe('Schwerpunkt: Wohnen; Anmeldung bis 1.12.\nBitte pünktlich');
    expect(events[1]?.summary).toBe('Sommersitzung mit einem sehr langen Titel, der über fünfundsiebzig Bytes hinausgeht – äöü ß');
  });

  it('place local times correctly in winter and summer', () => {
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-12-10T08:30:00.000Z');
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2026-07-02T12:00:00.000Z');
    expect(events[1]?.endDate.toJSDate().toISOString()).toBe('2026-07-02T13:00:00.000Z');
  });

  it('convert a time right after the spring switch to daylight saving time', () => {
    expect(localToUtc('2026-03-29T03:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('use CRLF, write times in UTC and fold lines at 75 octets', () => {
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
    expect(calendar).toContain('\r\nDTSTART:20261210T083000Z\r\n');
    expect(calendar).toContain('\r\nDTSTAMP:20261122T000000Z\r\n');
    for (const line of calendar.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
