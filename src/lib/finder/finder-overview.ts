import { anyAnswer, cellAt, outcomeAt, type AgeRange, type FinderTable, type OutcomeIds } from './finder-answers.ts';

/**
 * The finder of a matter as one page that works without JavaScript: one group per residence
 * status class (statuses with the same outcomes in every situation), and in each group every
 * office part, offer and alternative with the ages and districts it applies to. Read together,
 * the groups say exactly what the table says for every age, status and district.
 */

/** Where something applies: ages and districts (undefined = every age, every district). */
export interface Condition {
  ages?: AgeRange[];
  districts?: string[];
}

/** Something shown in a group with its conditions; `when` is empty when it always applies. */
export interface OverviewItem<Id> {
  id: Id;
  when: Condition[];
}

/** One status class of the overview. */
export interface OverviewGroup {
  /** The status answers this group stands for (ids, "other", "any"). */
  statuses: string[];
  /** Where the matter's office is not responsible for this group (absent: it always is). */
  notEligible?: Condition[];
  /** Allocation rows (index into the matter's rows) and where they apply. */
  allocation: OverviewItem<number>[];
  services: OverviewItem<string>[];
  alternatives: OverviewItem<string>[];
}

/** The overview of a matter's table. */
export function finderOverview(table: FinderTable): OverviewGroup[] {
  const groups = new Map<string, OverviewGroup>();
  table.statuses.forEach((status, index) => {
    const key = slice(table, index).join(',');
    const group = groups.get(key);
    if (group) group.statuses.push(status);
    else groups.set(key, { ...describeGroup(table, index), statuses: [status] });
  });
  return [...groups.values()];
}

/** Every outcome index of one status (all ages and districts, "any" included). */
function slice(table: FinderTable, status: number): number[] {
  return table.ages.flatMap((_, age) => table.districts.map((__, district) => cellAt(table, { age, status, district })));
}

/** The districts a person can name (without "any"), as indexes. */
function namedDistricts(table: FinderTable): number[] {
  const named = table.districts.flatMap((id, index) => (id === anyAnswer ? [] : [index]));
  return named.length > 0 ? named : [0];
}

function describeGroup(table: FinderTable, status: number): Omit<OverviewGroup, 'statuses'> {
  const outcome = (age: number, district: number): OutcomeIds => outcomeAt(table, cellAt(table, { age, status, district }));
  const all = (pick: (outcome: OutcomeIds) => (string | number)[]) =>
    uniqueInOrder(table.ages.flatMap((_, age) => namedDistricts(table).flatMap((district) => pick(outcome(age, district)))));
  const notEligible = conditionOf(table, (age, district) => !outcome(age, district).eligible);
  return {
    ...(notEligible ? { notEligible } : {}),
    allocation: items(table, all((found) => found.allocation) as number[], (row, found) => found.allocation.includes(row), outcome),
    services: items(table, all((found) => found.services) as string[], (id, found) => found.services.includes(id), outcome),
    alternatives: items(table, all((found) => found.alternatives) as string[], (id, found) => found.alternatives.includes(id), outcome),
  };
}

function items<Id>(
  table: FinderTable,
  ids: Id[],
  shows: (id: Id, outcome: OutcomeIds) => boolean,
  outcome: (age: number, district: number) => OutcomeIds,
): OverviewItem<Id>[] {
  return ids.map((id) => ({ id, when: conditionOf(table, (age, district) => shows(id, outcome(age, district))) ?? [] }));
}

function uniqueInOrder<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * The situations (age × district) where `holds` is true, as conditions: ages with the same
 * districts are joined. Undefined when it never holds, empty when it always does.
 */
export function conditionOf(table: FinderTable, holds: (age: number, district: number) => boolean): Condition[] | undefined {
  const named = namedDistricts(table);
  const byAge = table.ages.map((_, age) => named.filter((district) => holds(age, district)));
  if (byAge.every((districts) => districts.length === 0)) return undefined;
  if (byAge.every((districts) => districts.length === named.length)) return [];
  const conditions: { ages: number[]; districts: number[] }[] = [];
  byAge.forEach((districts, age) => {
    if (districts.length === 0) return;
    const same = conditions.find((condition) => condition.districts.join() === districts.join());
    if (same) same.ages.push(age);
    else conditions.push({ ages: [age], districts });
  });
  return conditions.map((condition) => ({
    ...(condition.ages.length < table.ages.length ? { ages: joinRanges(condition.ages.map((age) => table.ages[age]!)) } : {}),
    ...(condition.districts.length < named.length ? { districts: condition.districts.map((district) => table.districts[district]!) } : {}),
  }));
}

/** Neighbouring age ranges as one ("12–15" and "16–26" become "12–26"). */
function joinRanges(ranges: AgeRange[]): AgeRange[] {
  const joined: AgeRange[] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last && last.max !== null && last.max + 1 === range.min) joined[joined.length - 1] = { min: last.min, max: range.max };
    else joined.push(range);
  }
  return joined;
}

/**
 * Does a condition list admit a person (age in years, district id or "any")? Empty = always.
 * Somebody who does not know the district reads every district's offers: in the table, "any"
 * district is exactly the union of the districts (tested).
 */
export function admits(when: Condition[], age: number, district: string): boolean {
  if (when.length === 0) return true;
  return when.some(
    (condition) =>
      (!condition.ages || condition.ages.some((range) => age >= range.min && (range.max === null || age <= range.max))) &&
      (!condition.districts || district === anyAnswer || condition.districts.includes(district)),
  );
}
