import type { z } from 'astro/zod';
import { localeInfo } from '#src/i18n/locales.ts';
import type { Translate } from '#src/i18n/translate.ts';
import type { Locale } from '#src/schema/site-config.ts';
import type { wayfinding } from '#src/schema/shared/place.ts';

/** Wayfinding data of a place (building, floor, room, entrance, step-free route, signage). */
type Wayfinding = z.output<ReturnType<typeof wayfinding>>;

/** One piece of the way to the room, e.g. "Raum: 2.14". */
interface WayfindingPart {
  /** Label in the page language, if the value needs one. */
  label?: string;
  value: string;
  /** The value is a text from the content (it may fall back to German), not a UI string. */
  fromContent: boolean;
  /** The value is a code written the same in every language (a room number): isolate it. */
  code?: boolean;
}

/**
 * The floor in the page's words. Floors are stored as counted in Germany (0 = Erdgeschoss);
 * where the ground floor is the first floor (Ukrainian, Russian), the number given to the UI
 * string is one higher, so "1. Obergeschoss" becomes "2-й поверх".
 */
export function floorName(floor: number, locale: Locale, t: Translate): string {
  if (floor === 0) return t('place.floor.ground');
  if (floor < 0) return t('place.floor.basement', { n: -floor });
  return t('place.floor.upper', { n: localeInfo[locale].groundFloorIsFirst ? floor + 1 : floor });
}

/** The way from the door to the room, in reading order; empty when nothing is known. */
export function wayfindingParts(way: Wayfinding | undefined, locale: Locale, t: Translate): WayfindingPart[] {
  if (!way) return [];
  const parts: WayfindingPart[] = [];
  if (way.building) parts.push({ value: way.building, fromContent: true });
  if (way.floor !== undefined) parts.push({ value: floorName(way.floor, locale, t), fromContent: false });
  if (way.room) parts.push({ label: t('place.room'), value: way.room, fromContent: false, code: true });
  if (way.entrance) parts.push({ label: t('place.entrance'), value: way.entrance, fromContent: true });
  if (way.stepFree !== undefined) parts.push({ value: t(way.stepFree ? 'place.stepFree' : 'place.notStepFree'), fromContent: false });
  if (way.stepFreeRoute) parts.push({ label: t('place.stepFreeRoute'), value: way.stepFreeRoute, fromContent: true });
  if (way.signage) parts.push({ label: t('place.signage'), value: way.signage, fromContent: true });
  return parts;
}

/**
 * The same as one line: "Haus B · 2. Obergeschoss · Raum: 2.14 · Eingang: …". `brief` keeps
 * only where the room is (building, floor, room): the referral slip is one sheet, and its QR
 * code leads to the whole way on the entry page.
 */
export function wayfindingLine(way: Wayfinding | undefined, locale: Locale, t: Translate, brief = false): string {
  const where: Wayfinding | undefined = brief && way ? { building: way.building, floor: way.floor, room: way.room } : way;
  return wayfindingParts(where, locale, t)
    .map((part) => (part.label ? `${part.label}: ${part.code ? `\u2066${part.value}\u2069` : part.value}` : part.value))
    .join(' · ');
}
