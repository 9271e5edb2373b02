import { collectionNames, type CollectionName } from '#src/schema/index.ts';
import type { Locale } from '#src/schema/site-config.ts';
import { localize, type Directory, type DirectoryEntry, type TranslationState } from './content/directory.ts';
import { isGermanOnly } from './required-pages.ts';

/**
 * The collections a newcomer acts on in their own language: what the translation goal (95 % of
 * them current in every language) is measured on.
 */
const newcomerCollections: readonly CollectionName[] = ['services', 'interpreting', 'responsibilities', 'checklists', 'journeys', 'faq'];

/** Percent of the newcomer collections that must be current in every language. */
export const newcomerGoal = 95;

/** How many entries are in each translation state. */
export interface StatusCounts {
  total: number;
  current: number;
  outdated: number;
  missing: number;
  /** Machine translations not yet checked by a person (also counted as current or outdated). */
  machine: number;
  /** Translated entries that still show some fields in German. */
  partial: number;
}

/** The translation of one entry into one language, as editors see it. */
interface EntryTranslation {
  entry: DirectoryEntry;
  state: TranslationState;
  machine: boolean;
  partial: boolean;
}

/** Every language, and per language every collection: the editors' overview. */
export interface TranslationStatus {
  locale: Locale;
  /** One row per collection that has entries to translate, in the order of `collectionNames`. */
  collections: { collection: CollectionName; counts: StatusCounts }[];
  /** The collections of `newcomerCollections` together. */
  newcomer: StatusCounts;
  all: StatusCounts;
  /** Entries by state, for lists (outdated first, then missing), in title order. */
  entries: EntryTranslation[];
}

const empty = (): StatusCounts => ({ total: 0, current: 0, outdated: 0, missing: 0, machine: 0, partial: 0 });

function add(counts: StatusCounts, item: EntryTranslation): void {
  counts.total++;
  if (item.state === 'current') counts.current++;
  if (item.state === 'outdated') counts.outdated++;
  if (item.state === 'missing') counts.missing++;
  if (item.machine) counts.machine++;
  if (item.partial) counts.partial++;
}

/** The state of each entry's translation into one language (German-only pages left out). */
export function entryTranslations(entries: readonly DirectoryEntry[], locale: Locale): EntryTranslation[] {
  return entries
    .filter((entry) => !isGermanOnly(entry))
    .map((entry) => {
      const localized = localize(entry, locale);
      return {
        entry,
        state: localized.state,
        machine: localized.machine,
        partial: localized.state !== 'missing' && localized.fallback.length > 0,
      };
    });
}

/**
 * Per target language and collection, how many entries are translated and current, outdated
 * (the German text changed after the translation was made), missing or machine-translated.
 * Readers see the same states on the pages; this is the editors' overview.
 */
export function translationStatus(directory: Directory): TranslationStatus[] {
  const [, ...targets] = directory.site.locales;
  return targets.map((locale) => {
    const entries = entryTranslations(directory.entries, locale);
    const byCollection = new Map<CollectionName, StatusCounts>();
    const newcomer = empty();
    const all = empty();
    for (const item of entries) {
      const counts = byCollection.get(item.entry.collection) ?? empty();
      add(counts, item);
      byCollection.set(item.entry.collection, counts);
      add(all, item);
      if (newcomerCollections.includes(item.entry.collection)) add(newcomer, item);
    }
    return {
      locale,
      collections: collectionNames.flatMap((collection) => {
        const counts = byCollection.get(collection);
        return counts ? [{ collection, counts }] : [];
      }),
      newcomer,
      all,
      entries,
    };
  });
}

/** Share of `part` in `total` as a whole percentage (100 % when there is nothing to translate). */
export function percent(part: number, total: number): number {
  return total === 0 ? 100 : Math.floor((part / total) * 100);
}
