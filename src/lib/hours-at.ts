/**
 * Which opening hours apply where: one rule for entry pages, papers, the brochure, the referral
 * slip, search, JSON-LD and the HSDS export. An offer (service, responsibility, project,
 * interpreting) may name its own hours "when they differ from the office's opening hours"
 * (schema); then they win over the hours of the place where it takes place. Organisations and
 * associations have no hours of their own, only their places do.
 */

import type { CollectionName, EntryData } from '#src/schema/index.ts';

/** A place as far as its hours go (a `location()` of an organisation or association). */
export interface PlaceHours {
  openingHours?: string | undefined;
}

/** An entry's data, or as much of an offer's data as says its hours. */
export type HoursSource = EntryData<CollectionName> | Pick<EntryData<'services'>, 'openingHours'>;

/** The entry's own hours, when its collection has the field and the entry fills it. */
export function ownHours(data: HoursSource): string | undefined {
  return 'openingHours' in data ? data.openingHours : undefined;
}

/**
 * The hours that apply to an entry at a place: the offer's own hours, else the place's.
 * Without a place (an offer run by phone or online), the entry's own hours.
 */
export function hoursAt(data: HoursSource, place?: PlaceHours): string | undefined {
  return ownHours(data) ?? place?.openingHours;
}
