import { describe, expect, it } from 'vitest';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { floorName, wayfindingLine, wayfindingParts } from '#src/lib/wayfinding.ts';
import { location } from '#src/schema/shared/place.ts';

const t = (locale: 'de' | 'en' | 'ar' | 'uk' | 'ru') => createTranslator(locale, dictionaries[locale]);

describe('the way to the room', () => {
  it('names floors as each language counts them: the German 1. Obergeschoss is the Ukrainian second floor', () => {
    expect(floorName(0, 'de', t('de'))).toBe('Erdgeschoss');
    expect(floorName(2, 'de', t('de'))).toBe('2. Obergeschoss');
    expect(floorName(-1, 'de', t('de'))).toBe('1. Untergeschoss');
    expect(floorName(1, 'uk', t('uk'))).toBe('2-й поверх');
    expect(floorName(1, 'ru', t('ru'))).toBe('2-й этаж');
    expect(floorName(1, 'en', t('en'))).toBe('Level 1 (above the ground floor)');
  });

  it('lists building, floor, room, entrance, step-free access and signage in reading order', () => {
    const way = {
      building: 'Haus B',
      floor: 2,
      room: '2.14',
      entrance: 'Seiteneingang',
      stepFree: true,
      stepFreeRoute: 'Aufzug hinter der Pforte',
      signage: 'der blauen Linie folgen',
    };
    expect(wayfindingParts(way, 'de', t('de')).map((part) => part.value)).toEqual([
      'Haus B',
      '2. Obergeschoss',
      '2.14',
      'Seiteneingang',
      'stufenlos erreichbar',
      'Aufzug hinter der Pforte',
      'der blauen Linie folgen',
    ]);
    expect(wayfindingLine({ floor: 0, room: '0.17', stepFree: false }, 'de', t('de'))).toBe(
      'Erdgeschoss · Raum: \u20660.17\u2069 · nicht stufenlos erreichbar',
    );
    expect(wayfindingLine(undefined, 'de', t('de'))).toBe('');
    // The slip's brief line says only where the room is; the QR code leads to the whole way.
    expect(wayfindingLine(way, 'de', t('de'), true)).toBe('Haus B · 2. Obergeschoss · Raum: \u20662.14\u2069');
  });

  it('are optional fields of a location, with floors as whole numbers', () => {
    const place = {
      id: 'rathaus',
      name: 'Rathaus',
      address: { street: 'Rathausplatz 1', postalCode: '99991', city: 'Musterstadt', coordinates: { lat: 49.6, lng: 11 } },
    };
    expect(location().safeParse(place).success).toBe(true);
    expect(location().safeParse({ ...place, wayfinding: { floor: 2, room: '2.14', stepFree: true } }).success).toBe(true);
    expect(location().safeParse({ ...place, wayfinding: { floor: '2. OG' } }).success).toBe(false);
    expect(location().safeParse({ ...place, wayfinding: { lift: true } }).success).toBe(false);
  });
});
