import { describe, expect, it } from 'vitest';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import {
  decodeIntervals,
  describeOpenStatus,
  encodeIntervals,
  openStatusAt,
  openStatusDays,
  openStatusLabels,
  relativeDay,
  wallClock,
  type OpenIntervals,
} from '#src/lib/open-status.ts';
import { hoursTable } from '#src/lib/search/build-search-index.ts';
import { entryOpenStatus, openState } from '#src/lib/search/open-now.ts';
import type { SearchDoc } from '#src/lib/search/search-index-types.ts';
import { upcomingIntervals, weekTable, closedOnHolidays } from '#src/lib/opening-hours.ts';

const horizon = { from: '2026-11-22', until: '2027-01-02' };
const bavaria = { state: 'Bayern' };
const intervals = upcomingIntervals('Mo-Fr 07:30-12:30, Th 14:00-17:30; PH off', bavaria, horizon.from, 42);

describe('openStatusAt', () => {
  it('is open inside an interval and says until when', () => {
    expect(openStatusAt(intervals, horizon, { date: '2026-11-23', time: '09:00' })).toEqual({
      state: 'open',
      until: { date: '2026-11-23', time: '12:30' },
    });
  });

  it('counts the opening minute as open and the closing minute as closed', () => {
    expect(openStatusAt(intervals, horizon, { date: '2026-11-23', time: '07:30' }).state).toBe('open');
    expect(openStatusAt(intervals, horizon, { date: '2026-11-23', time: '12:30' })).toEqual({
      state: 'closed',
      next: { date: '2026-11-24', time: '07:30' },
    });
  });

  it('finds a later opening on the same day', () => {
    expect(openStatusAt(intervals, horizon, { date: '2026-11-26', time: '13:00' })).toEqual({
      state: 'closed',
      next: { date: '2026-11-26', time: '14:00' },
    });
  });

  it('skips weekends and public holidays (Christmas 2026: Friday 25 and Saturday 26)', () => {
    expect(openStatusAt(intervals, horizon, { date: '2026-11-28', time: '10:00' }).state).toBe('closed');
    expect(openStatusAt(intervals, horizon, { date: '2026-12-24', time: '18:00' })).toEqual({
      state: 'closed',
      next: { date: '2026-12-28', time: '07:30' },
    });
  });

  it('follows an interval past midnight into the next day', () => {
    const late: OpenIntervals = upcomingIntervals('Fr 20:00-02:00', bavaria, horizon.from, 14);
    expect(openStatusAt(late, horizon, { date: '2026-11-27', time: '23:00' })).toEqual({
      state: 'open',
      until: { date: '2026-11-28', time: '02:00' },
    });
  });

  it('says unknown outside the computed days instead of guessing', () => {
    expect(openStatusAt(intervals, horizon, { date: '2027-01-03', time: '09:00' })).toEqual({ state: 'unknown' });
    expect(openStatusAt(intervals, horizon, { date: '2026-11-21', time: '09:00' })).toEqual({ state: 'unknown' });
  });

  it('says closed without a next opening when none lies within the known days', () => {
    expect(openStatusAt({}, horizon, { date: '2026-11-23', time: '09:00' })).toEqual({ state: 'closed' });
  });
});

describe('wallClock', () => {
  it("gives the municipality's date and time for an instant, across daylight saving time", () => {
    expect(wallClock(new Date('2026-11-23T08:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-11-23', time: '09:00' });
    expect(wallClock(new Date('2026-07-01T08:00:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-07-01', time: '10:00' });
    expect(wallClock(new Date('2026-11-22T23:30:00Z'), 'Europe/Berlin')).toEqual({ date: '2026-11-23', time: '00:30' });
  });
});

describe('interval encoding for the data attribute', () => {
  it('round-trips and is shorter than JSON', () => {
    const encoded = encodeIntervals(intervals, horizon.from);
    expect(decodeIntervals(encoded, horizon.from)).toEqual(intervals);
    expect(encoded.length).toBeLessThan(JSON.stringify(intervals).length / 2);
    expect(encoded.startsWith('1=07:30-12:30;')).toBe(true);
  });
});

describe('relativeDay', () => {
  it('names today and tomorrow', () => {
    expect(relativeDay('2026-11-23', '2026-11-23')).toBe('today');
    expect(relativeDay('2026-11-24', '2026-11-23')).toBe('tomorrow');
    expect(relativeDay('2026-11-30', '2026-11-23')).toBe('later');
  });
});

describe('weekTable', () => {
  it('shows the regular week even when the build date falls in a holiday week', () => {
    const table = weekTable('Mo-Fr 07:30-12:30; PH off', bavaria, '2026-12-24');
    expect(table[4]).toEqual([{ from: '07:30', to: '12:30' }]);
    expect(table[5]).toEqual([]);
  });

  it('detects rules that close on public holidays', () => {
    expect(closedOnHolidays('Mo-Fr 08:00-12:00; PH off')).toBe(true);
    expect(closedOnHolidays('Mo-Fr 08:00-12:00')).toBe(false);
  });
});

describe('one open status for the entry page and the result card', () => {
  const labels = openStatusLabels(createTranslator('de', dictionaries.de));
  const rule = 'Mo-Fr 07:30-12:00; PH off';
  const built = '2026-11-22';

  /** What the entry page's island says: intervals written at build time, then `describeOpenStatus`. */
  function entryPageSays(instant: Date, appointmentOnly: boolean): string {
    const upcoming = decodeIntervals(encodeIntervals(upcomingIntervals(rule, bavaria, built, openStatusDays), built), built);
    const now = wallClock(instant, 'Europe/Berlin');
    const status = openStatusAt(upcoming, { from: built, until: '2027-01-02' }, now);
    return describeOpenStatus(status, now.date, appointmentOnly, labels, 'de-DE');
  }

  /** What a search result says: the search index's table of the same place, then the same function. */
  function resultCardSays(instant: Date, appointmentOnly: boolean): string {
    const index = { timeZone: 'Europe/Berlin', built, hours: [hoursTable(rule, bavaria, built, appointmentOnly)] };
    const doc: SearchDoc = { id: 'abh', c: 'organisations', t: 'Ausländerbehörde', h: [0] };
    const open = entryOpenStatus(doc, index, instant)!;
    return describeOpenStatus(open.status, open.today, open.appointmentOnly, labels, 'de-DE');
  }

  it('tells an appointment-only office after hours the next slot, not "closed", in both places', () => {
    const evening = new Date('2026-11-23T16:00:00+01:00');
    expect(resultCardSays(evening, true)).toBe('Nur mit Termin – nächste Termine morgen ab 07:30 Uhr');
    expect(entryPageSays(evening, true)).toBe(resultCardSays(evening, true));
  });

  it('says the same during hours, before a holiday and for an office without appointments', () => {
    const moments = ['2026-11-23T09:00:00+01:00', '2026-12-24T13:00:00+01:00', '2026-11-28T10:00:00+01:00'].map((text) => new Date(text));
    for (const moment of moments) {
      for (const appointmentOnly of [true, false])
        expect(resultCardSays(moment, appointmentOnly)).toBe(entryPageSays(moment, appointmentOnly));
    }
    expect(resultCardSays(moments[0]!, true)).toBe('Nur mit Termin – Termine heute bis 12:00 Uhr');
    expect(resultCardSays(moments[1]!, false)).toMatch(/^Jetzt geschlossen – öffnet am Montag, 28\. Dezember um 07:30 Uhr$/);
  });

  it('is undefined in the one-word form outside the days the build knows, rather than a guess', () => {
    const index = { timeZone: 'Europe/Berlin', built, hours: [hoursTable(rule, bavaria, built, false)] };
    const doc: SearchDoc = { id: 'abh', c: 'organisations', t: '', h: [0] };
    expect(openState(doc, index, new Date('2027-03-01T09:00:00+01:00'))).toBeUndefined();
    expect(openState(doc, index, new Date('2026-11-23T09:00:00+01:00'))).toBe('open');
  });
});
