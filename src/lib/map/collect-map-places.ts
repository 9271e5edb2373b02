import { fallbackLang, localize, topicsOf, type Directory } from '../content/directory.ts';
import { placesOf } from '../entry-places.ts';
import { entryPath } from '../paths.ts';
import { translationMarks, type TranslationMarks } from '../translation-marks.ts';
import type { Locale } from '#src/schema/site-config.ts';
import type { CollectionName } from '#src/schema/names.ts';

/** Kinds of entries shown on the map: the actors' own places and the offers held at them. */
export const mapCollections: readonly CollectionName[] = ['organisations', 'associations', 'services', 'projects'];

/** One marker: an entry at one of its places. */
interface MapPlace {
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
      const { address } = place;
      const titleLang = fallbackLang(localized, 'title');
      result.push({
        key: `${entry.id}:${place.id}`,
        entryId: entry.id,
        collection: entry.collection,
        title: localized.localized.title,
        ...(titleLang ? { titleLang } : {}),
        marks: translationMarks(localized),
        placeName: place.name,
        street: address.street,
        postalCode: address.postalCode,
        city: address.city,
        ...(address.district ? { district: address.district } : {}),
        lat: address.coordinates.lat,
        lng: address.coordinates.lng,
        topics: [...topicsOf(entry)],
        url: entryPath(locale, entry.collection, entry.id),
      });
    }
  }
  return result;
}

type Point = { lat: number; lng: number };
type Bounds = { minLat: number; maxLat: number; minLng: number; maxLng: number };

function boundsOf(points: readonly Point[]): Bounds {
  let [minLat, maxLat, minLng, maxLng] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { lat, lng } of points) {
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
    minLng = Math.min(minLng, lng);
    maxLng = Math.max(maxLng, lng);
  }
  return { minLat, maxLat, minLng, maxLng };
}

/** Points of a small static locator sketch, projected into a width × height box. */
export function projectPoints(
  all: readonly Point[],
  width: number,
  height: number,
  margin = 8,
): (point: Point) => { x: number; y: number } {
  return projectBounds(boundsOf(all), width, height, margin);
}

function projectBounds(bounds: Bounds, width: number, height: number, margin: number): (point: Point) => { x: number; y: number } {
  const { minLat, maxLat, minLng, maxLng } = bounds;
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

/** The dots of every map place in a sketch of the given bounds, each position once. */
function dotsWithin(all: readonly Point[], bounds: Bounds, width: number, height: number, margin: number): { x: number; y: number }[] {
  const project = projectBounds(bounds, width, height, margin);
  return [...new Map(all.map(project).map((dot) => [`${dot.x},${dot.y}`, dot])).values()];
}

interface SketchBase {
  all: Point[];
  bounds: Bounds;
  /** Dots of every place, by sketch size: the same on every entry page whose places lie inside. */
  dots: Map<string, { x: number; y: number }[]>;
}
const sketchBases = new WeakMap<Directory, SketchBase>();

/**
 * The locator sketch of an entry page: every place of the map as a faint dot, the entry's own
 * places (`own`) highlighted. The places and their dots are the same on thousands of pages, so
 * they are worked out once per directory; only an entry with a place outside them (which moves
 * the frame) gets its own.
 */
export function locatorSketch(
  directory: Directory,
  own: readonly Point[],
  width: number,
  height: number,
  margin: number,
): { others: { x: number; y: number }[]; mine: { x: number; y: number }[] } {
  let base = sketchBases.get(directory);
  if (!base) {
    const all = collectMapPlaces(directory, 'de').map((place) => ({ lat: place.lat, lng: place.lng }));
    sketchBases.set(directory, (base = { all, bounds: boundsOf(all), dots: new Map() }));
  }
  const bounds = boundsOf([
    ...own,
    { lat: base.bounds.minLat, lng: base.bounds.minLng },
    { lat: base.bounds.maxLat, lng: base.bounds.maxLng },
  ]);
  const inside = base.all.length > 0 && (Object.keys(bounds) as (keyof Bounds)[]).every((key) => bounds[key] === base.bounds[key]);
  const size = `${width}x${height}x${margin}`;
  let others = inside ? base.dots.get(size) : undefined;
  if (!others) {
    others = dotsWithin(base.all, base.all.length > 0 ? bounds : boundsOf(own), width, height, margin);
    if (inside) base.dots.set(size, others);
  }
  const project = projectBounds(base.all.length > 0 ? bounds : boundsOf(own), width, height, margin);
  return { others, mine: own.map(project) };
}

const dotPaths = new WeakMap<readonly { x: number; y: number }[], string>();

/**
 * The faint dots of a locator sketch as the `d` of one SVG path: a zero-length segment per dot,
 * which a round line cap draws as a disc. The same few hundred dots stand on thousands of entry
 * pages: one short attribute, written once per set of dots, instead of hundreds of circles.
 */
export function locatorDotsPath(dots: readonly { x: number; y: number }[]): string {
  let path = dotPaths.get(dots);
  if (path === undefined) {
    path = dots.map((dot) => `M${dot.x} ${dot.y}h0`).join('');
    dotPaths.set(dots, path);
  }
  return path;
}
