import { describe, expect, it } from 'vitest';
import { hoursAt } from '#src/lib/hours-at.ts';
import { weekTable } from '#src/lib/opening-hours.ts';
import { isReferralTarget } from '#src/lib/referral/referral-target.ts';
import { weekLines } from '#src/lib/week-lines.ts';

describe('which entries can go on a referral slip', () => {
  it('takes offers, responsibilities, projects and associations', () => {
    for (const collection of ['services', 'interpreting', 'responsibilities', 'projects', 'associations'] as const) {
      expect(isReferralTarget({ collection, data: {} })).toBe(true);
    }
  });

  it('takes an organisation only where it receives people', () => {
    expect(isReferralTarget({ collection: 'organisations', data: { locations: [{ id: 'rathaus' }] } })).toBe(true);
    expect(isReferralTarget({ collection: 'organisations', data: { locations: [] } })).toBe(false);
  });

  it('leaves out pages, networks, agreements, questions, guides and checklists', () => {
    for (const collection of ['pages', 'networks', 'agreements', 'faq', 'journeys', 'checklists'] as const) {
      expect(isReferralTarget({ collection, data: {} })).toBe(false);
    }
  });
});

describe('the opening hours that apply at a place', () => {
  const place = { openingHours: 'Mo,We 13:00-18:00' };

  it('are the offer’s own hours when it has them', () => {
    expect(hoursAt({ openingHours: 'Mo-Th 10:00-12:00' }, place)).toBe('Mo-Th 10:00-12:00');
  });

  it('are the place’s hours when the offer has none, and nothing when neither has', () => {
    expect(hoursAt({}, place)).toBe('Mo,We 13:00-18:00');
    expect(hoursAt({}, {})).toBeUndefined();
    expect(hoursAt({ openingHours: 'Tu 09:00-12:00' })).toBe('Tu 09:00-12:00');
  });
});

describe('a week in a few lines', () => {
  it('joins consecutive days with the same hours and leaves closed days out', () => {
    const table = weekTable('Mo-Th 08:30-12:00,13:00-16:00; Fr 08:30-12:00; PH off', { state: 'Bayern' }, '2026-11-23');
    expect(weekLines(table, 'de-DE')).toEqual([
      { days: 'Mo–Do', ranges: ['08:30–12:00', '13:00–16:00'] },
      { days: 'Fr', ranges: ['08:30–12:00'] },
    ]);
  });

  it('names two neighbouring days as a list, not as a range', () => {
    const table = weekTable('Mo,Tu 09:00-12:00', { state: 'Bayern' }, '2026-11-23');
    expect(weekLines(table, 'en-GB')).toEqual([{ days: 'Mon and Tue', ranges: ['09:00–12:00'] }]);
  });
});
