import { describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { localize } from '#src/lib/content/directory.ts';
import { placesOf } from '#src/lib/entry-places.ts';
import { buildHsds } from '#src/lib/publish/hsds.ts';

/**
 * Which places an offer happens at is one rule (`placesOf`): the places of its provider, office
 * or operator it names, all of them when it names none. The entry page and the HSDS export's
 * `service_at_location` must name the same places, on the demo content.
 */
const directory = await loadDirectory();
const hsds = buildHsds(directory, (entry) => entry.id);

/** An HSDS service as far as this test reads it (`url` is the entry id here). */
interface HsdsService {
  url: string;
  service_at_locations?: { location_id: string }[];
}
const locationNames = new Map(hsds.locations.map((location) => [location['id'], location['name']]));
const services = hsds.services as unknown as HsdsService[];

/** The place names of an offer on its entry page (German). */
function pagePlaces(id: string): string[] {
  const entry = directory.byId.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return placesOf(directory, localize(entry, 'de')).places.map((place) => place.name);
}

/** The place names of an offer in HSDS. */
function hsdsPlaces(id: string): unknown[] {
  const service = services.find((candidate) => candidate.url === id);
  if (!service) throw new Error(`no HSDS service ${id}`);
  return (service.service_at_locations ?? []).map((at) => locationNames.get(at.location_id));
}

describe('the places of an offer', () => {
  it('are the same on the entry page and in HSDS for every service, responsibility, project and interpreting offer', () => {
    expect(services.length).toBeGreaterThan(50);
    for (const { url: id } of services) expect(hsdsPlaces(id), id).toEqual(pagePlaces(id));
  });

  it('are only those of its provider’s places it names', () => {
    // The BRK has two places; its youth migration service names one of them.
    expect(directory.byId.get('brk-musterstadt')?.data).toHaveProperty('locations.length', 2);
    expect(pagePlaces('jmd-brk')).toEqual(['Jugendmigrationsdienst im Jugendhaus Nordstadt']);
    expect(hsdsPlaces('jmd-brk')).toEqual(['Jugendmigrationsdienst im Jugendhaus Nordstadt']);
  });

  it('are all of its office’s places when it names none', () => {
    expect(pagePlaces('krankenversicherung-gesundheitskarte')).toHaveLength(2);
    expect(hsdsPlaces('krankenversicherung-gesundheitskarte')).toEqual(pagePlaces('krankenversicherung-gesundheitskarte'));
    // Interpreting never names places: the pool is reached at every place of its provider.
    expect(pagePlaces('sprachmittlerpool-musterstadt')).toHaveLength(2);
    expect(hsdsPlaces('sprachmittlerpool-musterstadt')).toEqual(pagePlaces('sprachmittlerpool-musterstadt'));
  });
});
