import type { EntryData } from '#src/schema/index.ts';

/**
 * Who an offer or a matter is for: a person's age, residence status and district. One rule for
 * the finder (src/lib/finder/finder-rules.ts) and for the search filters and the counselling
 * comparison (`judge` in src/lib/search/search-filters.ts), so a person the finder sends to an
 * offer is never told by the comparison that it does not fit, and the other way round.
 * Pure and free of runtime imports: it runs in the browser too.
 */

/**
 * How an entry stands to one thing about a person: it names their value (`match`), sets no
 * condition there (`open`: any age, whole city, regardless of status) or excludes them (`miss`).
 */
export type Verdict = 'match' | 'open' | 'miss';

/** Lower and upper age limit, both inclusive; a missing limit is none (schema `ageRange()`). */
export type AgeLimits = Pick<EntryData<'services'>, 'ageMin' | 'ageMax'>;

/** An age against an entry's limits: both bounds inclusive (`ageMax: 26` admits a 26-year-old). */
export function ageVerdict(limits: AgeLimits, age: number): Verdict {
  const { ageMin, ageMax } = limits;
  if (ageMin === undefined && ageMax === undefined) return 'open';
  return (ageMin !== undefined && age < ageMin) || (ageMax !== undefined && age > ageMax) ? 'miss' : 'match';
}

/**
 * Wanted values (any of them will do) against the values an entry lists. With `emptyMeansAll`
 * (schema FieldMeta: "leer lassen = alle") an entry that lists none sets no condition; without
 * it, an entry that lists none has none of the wanted values.
 */
export function termVerdict(listed: readonly string[], wanted: readonly string[], emptyMeansAll: boolean): Verdict {
  if (wanted.some((value) => listed.includes(value))) return 'match';
  return emptyMeansAll && listed.length === 0 ? 'open' : 'miss';
}

/** Does the entry admit a person of this age? An age not known (undefined) is no condition. */
export function fitsAge(limits: AgeLimits, age: number | undefined): boolean {
  return age === undefined || ageVerdict(limits, age) !== 'miss';
}

/**
 * Does the entry admit a person with this residence status? No statuses listed = regardless of
 * status. Statuses are compared as they are: temporary protection (`schutz-24`, § 24 AufenthG)
 * is a status of its own, admitted only where it is listed or where none is.
 */
export function fitsStatus(limits: Pick<EntryData<'services'>, 'residenceStatuses'>, status: string | undefined): boolean {
  return status === undefined || termVerdict(limits.residenceStatuses, [status], true) !== 'miss';
}

/** Does an offer serve a person living in this district? No districts named = the whole municipality. */
export function fitsDistrict(limits: Pick<EntryData<'services'>, 'districts'>, district: string | undefined): boolean {
  return district === undefined || termVerdict(limits.districts, [district], true) !== 'miss';
}

/** The districts an entry is for, and whether it is for every district. */
export interface DistrictCondition {
  districts: string[];
  everywhere: boolean;
}

/**
 * The districts an entry is for. An entry that names the districts it serves (a field with
 * `emptyMeansAll`, e.g. a counselling service's catchment area: `served`) is for those, or for
 * the whole municipality when it names none, wherever its offices are: an office in the
 * Altstadt serving the Nordstadt is for the Nordstadt. An entry without such a field is for the
 * districts it is active or located in (`located`), and for no other.
 */
export function districtCondition(served: readonly string[] | undefined, located: readonly string[]): DistrictCondition {
  if (served !== undefined) return { districts: [...new Set(served)], everywhere: served.length === 0 };
  return { districts: [...new Set(located)], everywhere: false };
}
