import { describe, expect, it } from 'vitest';
import { collectMapPlaces, locatorDotsPath, locatorSketch, projectPoints } from '#src/lib/map/collect-map-places.ts';
import { fixtureDirectory } from './fixture-directory.ts';

describe('map places', () => {
  const directory = fixtureDirectory();

  it('lists every place of organisations and the offers held there, with the page language title', () => {
    const places = collectMapPlaces(directory, 'en');
    const keys = places.map((place) => place.key);
    expect(keys).toContain('auslaenderbehoerde-musterstadt:rathaus');
    expect(keys).toContain('caritas:zentrum');
    expect(keys).toContain('caritas:sued');
    // A service uses the places of its provider that it names.
    expect(keys).toContain('mbe-caritas:zentrum');
    expect(keys).not.toContain('mbe-caritas:sued');
    expect(places.find((place) => place.entryId === 'auslaenderbehoerde-musterstadt')?.title).toBe('Immigration Office Musterstadt');
    expect(places.find((place) => place.entryId === 'caritas')?.titleLang).toBe('de');
  });

  it('projects points into the sketch box, north up, keeping them inside the margin', () => {
    const points = [
      { lat: 49.58, lng: 11.0 },
      { lat: 49.6, lng: 11.02 },
    ];
    const project = projectPoints(points, 200, 100, 10);
    const south = project(points[0]!);
    const north = project(points[1]!);
    expect(north.y).toBeLessThan(south.y);
    expect(north.x).toBeGreaterThan(south.x);
    for (const point of [south, north]) {
      expect(point.x).toBeGreaterThanOrEqual(10);
      expect(point.x).toBeLessThanOrEqual(190);
      expect(point.y).toBeGreaterThanOrEqual(10);
      expect(point.y).toBeLessThanOrEqual(90);
    }
  });

  it('draws an entry page sketch with every place as one dot and the entry’s places highlighted, also when one lies outside', () => {
    const all = collectMapPlaces(directory, 'de').map((place) => ({ lat: place.lat, lng: place.lng }));
    const inside = [all[0]!];
    const outside = [{ lat: (all[0]?.lat ?? 0) + 1, lng: all[0]?.lng ?? 0 }];
    for (const own of [inside, outside, inside]) {
      const project = projectPoints([...all, ...own], 240, 160, 14);
      const dots = new Set(all.map((point) => JSON.stringify(project(point))));
      const sketch = locatorSketch(directory, own, 240, 160, 14);
      expect(sketch.others.map((dot) => JSON.stringify(dot)).sort()).toEqual([...dots].sort());
      expect(sketch.mine).toEqual(own.map(project));
    }
    // A place outside the others moves them towards the middle of the frame.
    expect(locatorSketch(directory, outside, 240, 160, 14).others).not.toEqual(locatorSketch(directory, inside, 240, 160, 14).others);
  });

  it('draws the sketch’s faint dots as one SVG path, a dot (zero-length segment) at each position', () => {
    const own = [collectMapPlaces(directory, 'de')[0]!];
    const { others } = locatorSketch(directory, own, 240, 160, 14);
    const path = locatorDotsPath(others);
    expect(path).toMatch(/^(M[\d.]+ [\d.]+h0)+$/);
    const dots = [...path.matchAll(/M([\d.]+) ([\d.]+)h0/g)];
    expect(dots.map(([, x, y]) => ({ x: Number(x), y: Number(y) }))).toEqual(others);
  });
});
