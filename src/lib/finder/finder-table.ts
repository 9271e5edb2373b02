import type { Directory, DirectoryEntry } from '../content/directory.ts';
import {
  anyAnswer,
  otherStatus,
  type AgeRange,
  type FinderTable,
  type OutcomeIds,
  type QuestionKind,
  type StoredOutcome,
} from './finder-answers.ts';

/** One situation the table holds: an age range, and a status and district unless "any". */
export interface Situation {
  age: AgeRange;
  status?: string;
  district?: string;
}

/** What the rules say for one situation (entries, not ids). */
export interface SituationOutcome {
  eligible: boolean;
  office: DirectoryEntry | undefined;
  allocation: number[];
  services: DirectoryEntry[];
  alternatives: DirectoryEntry[];
}

/** The parts of an outcome the finder shows, as ids. */
export function outcomeIds(outcome: SituationOutcome): OutcomeIds {
  return {
    eligible: outcome.eligible,
    allocation: outcome.allocation,
    services: outcome.services.map((service) => service.id),
    alternatives: outcome.alternatives.map((alternative) => alternative.id),
  };
}

/**
 * Every outcome of a matter by age, residence status and district (all statuses of the
 * vocabulary, "another status", "don't know"; all districts, "don't know"), computed with
 * `outcome`. Questions whose answers never change the outcome are folded to a single value, and
 * neighbouring age ranges with the same outcomes are joined, so the table stays small.
 */
export function buildFinderTable(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  ages: AgeRange[],
  outcome: (situation: Situation) => SituationOutcome,
): FinderTable {
  const statuses = [...(directory.vocabularies['residence-statuses'] ?? []).map((term) => term.id), otherStatus, anyAnswer];
  const districts = [...directory.site.districts.map((district) => district.id), anyAnswer];
  const ranges = ages.length > 0 ? ages : [{ min: 0, max: null }];
  const outcomes: StoredOutcome[] = [];
  const entries: string[] = [];
  const entryIndex = (id: string) => {
    const index = entries.indexOf(id);
    return index >= 0 ? index : entries.push(id) - 1;
  };
  const byKey = new Map<string, number>();
  const grid = ranges.map((age) =>
    statuses.map((status) =>
      districts.map((district) => {
        const ids = outcomeIds(
          outcome({
            age,
            ...(status !== anyAnswer ? { status } : {}),
            ...(district !== anyAnswer ? { district } : {}),
          }),
        );
        const key = JSON.stringify(ids);
        let index = byKey.get(key);
        if (index === undefined) {
          const stored: StoredOutcome = [
            ids.eligible ? 1 : 0,
            ids.allocation,
            ids.services.map(entryIndex),
            ids.alternatives.map(entryIndex),
          ];
          byKey.set(key, (index = outcomes.push(stored) - 1));
        }
        return index;
      }),
    ),
  );
  return fold({ office: responsibility.data.office, entries, ages: ranges, statuses, districts, outcomes, cells: [] }, grid);
}

/** The grid (age, then status, then district) without the questions that never matter, and with equal neighbouring ages joined. */
function fold(table: FinderTable, grid: number[][][]): FinderTable {
  let ages = table.ages;
  let statuses = table.statuses;
  let districts = table.districts;
  let cells = grid;
  // Join neighbouring age ranges whose outcomes are the same for every status and district.
  const joinedAges: AgeRange[] = [];
  const joinedCells: number[][][] = [];
  cells.forEach((slice, index) => {
    const range = ages[index]!;
    const last = joinedCells.length - 1;
    if (last >= 0 && JSON.stringify(joinedCells[last]) === JSON.stringify(slice)) {
      joinedAges[last] = { min: joinedAges[last]!.min, max: range.max };
    } else {
      joinedAges.push(range);
      joinedCells.push(slice);
    }
  });
  ages = joinedAges;
  cells = joinedCells;
  if (!varies(cells, 'status')) {
    const any = statuses.indexOf(anyAnswer);
    cells = cells.map((slice) => [slice[any]!]);
    statuses = [anyAnswer];
  }
  if (!varies(cells, 'district')) {
    const any = districts.indexOf(anyAnswer);
    cells = cells.map((slice) => slice.map((row) => [row[any]!]));
    districts = [anyAnswer];
  }
  return { ...table, ages, statuses, districts, cells: cells.flat(2) };
}

/** Does any answer to `kind` lead elsewhere than another answer, all else equal? */
function varies(cells: number[][][], kind: Exclude<QuestionKind, 'age'>): boolean {
  if (kind === 'status') return cells.some((slice) => slice.some((row) => JSON.stringify(row) !== JSON.stringify(slice[0])));
  return cells.some((slice) => slice.some((row) => row.some((cell) => cell !== row[0])));
}
