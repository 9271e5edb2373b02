import { isEntryOf, localize, type Directory, type DirectoryEntry, type LocalizedEntry } from '../content/directory.ts';
import type { EntryData, Locale } from '#src/schema/index.ts';
import { placesOf } from '../entry-places.ts';
import type { FinderTable } from './finder-answers.ts';
import { finderOverview, type OverviewGroup } from './finder-overview.ts';
import { finderTableFor } from './finder-rules.ts';

/** A place of the responsible office. */
export type OfficePlace = EntryData<'organisations'>['locations'][number];

/** Everything the page of one matter shows, in the page language. */
export interface FinderMatterView {
  matter: LocalizedEntry<'responsibilities'>;
  office?: LocalizedEntry<'organisations'>;
  /** The office's places where this matter is handled (all when the matter names none). */
  places: OfficePlace[];
  /** The matter's Mitbringliste, when it has one. */
  checklist?: LocalizedEntry<'checklists'>;
  table: FinderTable;
  overview: OverviewGroup[];
  /** Every service and alternative some answer leads to, by id. */
  entries: Map<string, LocalizedEntry>;
}

// The overview is the same in every language: made once per table.
const overviews = new WeakMap<FinderTable, OverviewGroup[]>();
function overviewOf(table: FinderTable): OverviewGroup[] {
  let overview = overviews.get(table);
  if (!overview) overviews.set(table, (overview = finderOverview(table)));
  return overview;
}

/** The data of a matter's finder page. */
export function finderMatterView(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  locale: Locale,
): FinderMatterView {
  const matter = localize(responsibility, locale);
  const officeEntry = directory.byId.get(responsibility.data.office);
  const office = isEntryOf(officeEntry, 'organisations') ? localize(officeEntry, locale) : undefined;
  const { places } = placesOf(directory, matter);
  const checklistEntry = responsibility.data.checklist ? directory.byId.get(responsibility.data.checklist) : undefined;
  const checklist = isEntryOf(checklistEntry, 'checklists') ? localize(checklistEntry, locale) : undefined;
  const table = finderTableFor(directory, responsibility);
  const entries = new Map(
    table.entries.flatMap((id) => {
      const entry = directory.byId.get(id);
      return entry ? [[id, localize(entry, locale)] as const] : [];
    }),
  );
  return {
    matter,
    ...(office ? { office } : {}),
    places,
    ...(checklist ? { checklist } : {}),
    table,
    overview: overviewOf(table),
    entries,
  };
}
