import type { DirectoryEntry, LocalizedEntry } from './content/directory.ts';
import type { Directory } from './content/directory.ts';
import { localize } from './content/directory.ts';
import type { z } from 'astro/zod';
import type { Locale } from '../schema/site-config.ts';
import type { location } from '../schema/shared/place.ts';

/** A place where people are received (a location of an organisation or association). */
export type Place = z.output<ReturnType<typeof location>>;

/** Field naming the organisation whose places an offer uses. */
const providerField: Partial<Record<string, string>> = {
  responsibilities: 'office',
  services: 'provider',
  projects: 'operator',
  interpreting: 'provider',
};

/**
 * The places where an entry receives people, in the page language: an organisation's or
 * association's own locations, or for an offer the provider's locations it names (all of them
 * when it names none). `fallback` tells whether the place texts are German.
 */
export function placesOf(
  directory: Directory,
  entry: LocalizedEntry,
): { places: Place[]; fallbackPaths: (index: number) => boolean; owner?: DirectoryEntry } {
  const data = entry.localized as Record<string, unknown>;
  if (Array.isArray(data['locations']) && (entry.collection === 'organisations' || entry.collection === 'associations')) {
    return {
      places: data['locations'] as Place[],
      fallbackPaths: (index) => entry.fallback.some((path) => path.startsWith(`locations.${index}.`)),
    };
  }
  const field = providerField[entry.collection];
  const owner = field ? directory.byId.get(String(data[field] ?? '')) : undefined;
  if (!owner) return { places: [], fallbackPaths: () => false };
  const localizedOwner = localize(owner, entry.locale as Locale);
  const all = ((localizedOwner.localized as Record<string, unknown>)['locations'] as Place[] | undefined) ?? [];
  const wanted = (data['locations'] as string[] | undefined) ?? [];
  const places = wanted.length > 0 ? all.filter((place) => wanted.includes(place.id)) : all;
  return {
    places,
    owner,
    fallbackPaths: (index) => {
      const ownerIndex = all.indexOf(places[index] as Place);
      return localizedOwner.fallback.some((path) => path.startsWith(`locations.${ownerIndex}.`));
    },
  };
}
