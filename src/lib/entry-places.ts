import type { z } from 'astro/zod';
import { isEntryOf, localize, type Directory, type DirectoryEntry, type LocalizedEntry } from './content/directory.ts';
import type { location } from '#src/schema/shared/place.ts';

/** A place where people are received (a location of an organisation or association). */
export type Place = z.output<ReturnType<typeof location>>;

/** Organisations and associations: the entries that have places of their own. */
export type ActorEntry = DirectoryEntry<'organisations' | 'associations'>;

/**
 * The entry whose places an offer uses (a responsibility's office, a service's or interpreting
 * offer's provider, a project's operator) and the ids of those places the offer names.
 * Interpreting has no places of its own choosing: it names none.
 */
function hostOf(entry: DirectoryEntry): { hostId: string; named: readonly string[] } | undefined {
  switch (entry.collection) {
    case 'responsibilities':
      return { hostId: entry.data.office, named: entry.data.locations };
    case 'services':
      return { hostId: entry.data.provider, named: entry.data.locations };
    case 'projects':
      return { hostId: entry.data.operator, named: entry.data.locations };
    case 'interpreting':
      return { hostId: entry.data.provider, named: [] };
    default:
      return undefined;
  }
}

function isActor(entry: DirectoryEntry | undefined): entry is ActorEntry {
  return isEntryOf(entry, 'organisations') || isEntryOf(entry, 'associations');
}

/** Of a host's places, those an offer names; all of them when it names none. */
function namedPlaces<P extends { id: string }>(all: readonly P[], named: readonly string[]): P[] {
  return named.length > 0 ? all.filter((place) => named.includes(place.id)) : [...all];
}

/**
 * The places where an entry receives people, in the page language: an organisation's or
 * association's own locations, or for an offer the locations of its host it names (all of them
 * when it names none). The one rule for entry pages, papers, the slip, search, the map, the
 * finder and the HSDS export. `fallbackPaths` tells whether a place's texts are German; `owner`
 * is the host of an offer.
 */
export function placesOf(
  directory: Directory,
  entry: LocalizedEntry,
): { places: Place[]; fallbackPaths: (index: number) => boolean; owner?: ActorEntry } {
  if (entry.collection === 'organisations' || entry.collection === 'associations') {
    return {
      places: entry.localized.locations,
      fallbackPaths: (index) => entry.fallback.some((path) => path.startsWith(`locations.${index}.`)),
    };
  }
  const host = hostOf(entry);
  const owner = host ? directory.byId.get(host.hostId) : undefined;
  if (!host || !isActor(owner)) return { places: [], fallbackPaths: () => false };
  const localizedOwner = localize(owner, entry.locale);
  const all = localizedOwner.localized.locations;
  const places = namedPlaces(all, host.named);
  return {
    places,
    owner,
    fallbackPaths: (index) => {
      const ownerIndex = all.indexOf(places[index] as Place);
      return localizedOwner.fallback.some((path) => path.startsWith(`locations.${ownerIndex}.`));
    },
  };
}
