import { fallbackLang, localize, type Directory } from '../content/directory.ts';
import { placesOf } from '../entry-places.ts';
import { entryPath } from '../paths.ts';
import { translationMarks, type TranslationMarks } from '../translation-marks.ts';
import type { Locale } from '../../schema/site-config.ts';
import type { CollectionName } from '../../schema/names.ts';

/** Kinds of entries shown on the map: the actors' own places and the offers held at them. */
export const mapCollections: readonly CollectionName[] = ['organisations', 'associations', 'services', 'projects'];

/** One marker: an entry at one of its places. */
export interface MapPlace {
  /** Unique per marker: entry id and place id. */
  key: string;
  entryId: string;
  collection: CollectionName;
  title: string;
  /** "de" when the title falls back to German. */
  titleLang?: string;
  /** "German only" and "machine-translated", shown next to the title in the list. */
  marks: TranslationMarks;
  placeName: string;
  street: string;
  postalCode: string;
  city: string;
  district?: string;
  lat: number;
  lng: number;
  topics: string[];
  url: string;
}

/** Every public place of the map's kinds of entries, in the directory's order. */
export function collectMapPlaces(directory: Directory, locale: Locale): MapPlace[] {
  const result: MapPlace[] = [];
  for (const entry of directory.entries) {
    if (!mapCollections.includes(entry.collection)) continue;
    const localized = localize(entry, locale);
    for (const place of placesOf(directory, localized).places) {
      const address = place['address'] as {
        street: string;
        postalCode: string;
        city: string;
        district?: string;
        coordinates: { lat: number; lng: number };
      };
      const titleLang = fallbackLang(localized, 'title');
      result.push({
        key: `${entry.id}:${place.id}`,
        entryId: entry.id,
        collection: entry.collection,
        title: String(localized.localized['title' as never]),
        ...(titleLang ? { titleLang } : {}),
        marks: translationMarks(localized),
        placeName: String(place['name']),
        street: address.street,
        postalCode: address.postalCode,
        city: address.city,
        ...(address.district ? { district: address.district } : {}),
        lat: address.coordinates.lat,
        lng: address.coordinates.lng,
        topics: ((entry.data as { topics?: string[] }).topics ?? []).map(String),
        url: entryPath(locale, entry.collection, entry.id),
      });
    }
  }
  return result;
}

/** Points of a small static locator sketch, projected into a width × height box. */
export function projectPoints(
  all: readonly { lat: number; lng: number }[],
  width: number,
  height: number,
  margin = 8,
): (point: { lat: number; lng: number }) => { x: number; y: number } {
  const lats = all.map((point) => point.lat);
  const lngs = all.map((point) => point.lng);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLng = Math.min(...lngs);
  const maxLng = Math.max(...lngs);
  // Equirectangular with the latitude's scale, so the sketch is not stretched east–west.
  const scaleX = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const spanX = Math.max((maxLng - minLng) * scaleX, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return (point) => ({
    x: Math.round((offsetX + (point.lng - minLng) * scaleX * scale) * 10) / 10,
    y: Math.round((offsetY + (maxLat - point.lat) * scale) * 10) / 10,
  });
}
