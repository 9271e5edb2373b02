import type { Directory, DirectoryEntry } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';
import type { HoursTable, SearchDoc, SearchIndex } from './search/search-index-types.ts';

/**
 * The counselling comparison: overlapping services (MBE 27+, JMD 12–27, FIB, …) side by side
 * by age, residence status, languages, area, form, access and cost, so a counsellor picks the
 * right one in seconds. This is the order without a situation: from the youngest target group
 * to the oldest, then by name.
 */
export function compareServices(directory: Directory): DirectoryEntry<'services'>[] {
  return [...entriesOf(directory, 'services')].sort(
    (a, b) =>
      (a.data.ageMin ?? 0) - (b.data.ageMin ?? 0) ||
      (a.data.ageMax ?? 999) - (b.data.ageMax ?? 999) ||
      a.data.title.localeCompare(b.data.title, 'de'),
  );
}

/** What the comparison island needs to judge the services against a situation. */
export interface ComparisonIndex extends Pick<SearchIndex, 'timeZone' | 'built'> {
  /** Opening-hours tables of these services only; `SearchDoc.h` points into this list. */
  hours: HoursTable[];
  /** The services' search documents, without their search words. */
  docs: SearchDoc[];
}

/**
 * The services' part of a language's search index, so the comparison judges them by the very
 * documents and rules the search uses (facets, ages, "open now"), at a fraction of the size.
 */
export function comparisonIndex(index: SearchIndex, ids: readonly string[]): ComparisonIndex {
  const hours: HoursTable[] = [];
  const renumbered = new Map<number, number>();
  const byId = new Map(index.docs.map((doc) => [doc.id, doc]));
  const docs = ids.flatMap((id): SearchDoc[] => {
    const doc = byId.get(id);
    if (!doc) return [];
    const { k: _keywords, x: _text, g: _german, t: _title, tl: _titleLang, s: _summary, sl: _summaryLang, m: _machine, h, ...rest } = doc;
    const positions = (h ?? []).flatMap((position) => {
      const table = index.hours[position];
      if (!table) return [];
      if (!renumbered.has(position)) renumbered.set(position, hours.push(table) - 1);
      return [renumbered.get(position) as number];
    });
    return [{ ...rest, t: '', ...(positions.length > 0 ? { h: positions } : {}) }];
  });
  return { timeZone: index.timeZone, built: index.built, hours, docs };
}
