import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../scripts/bench/search/load-indexes.ts';
import { entriesOf, type DirectoryEntry } from '../../../src/lib/content/directory.ts';
import {
  anyAnswer,
  otherStatus,
  outcomeOf,
  statusAnswer,
  type FinderTable,
  type OutcomeIds,
} from '../../../src/lib/finder/finder-answers.ts';
import { admits, finderOverview, type OverviewGroup } from '../../../src/lib/finder/finder-overview.ts';
import { finderTableFor } from '../../../src/lib/finder/plan-finder.ts';
import { ageBuckets, candidateServices, legacyOutcome, type LegacyPerson } from './legacy-plan-finder.ts';

/**
 * The finder used to be ~620 static pages per language, one per class of answers. It is now one
 * page per matter: a table the island reads and an overview the page shows without JavaScript.
 * For every matter and every person (every age the old or new age questions tell apart, every
 * residence status of the vocabulary, another status, "don't know", every district and "don't
 * know"), this compares what the old result page showed with what the island and the page show.
 */

const directory = await loadDirectory();
const matters = entriesOf(directory, 'responsibilities');
const statuses = [...(directory.vocabularies['residence-statuses'] ?? []).map((term) => term.id), otherStatus, anyAnswer];
const districts = [...directory.site.districts.map((district) => district.id), anyAnswer];

/** The outcome as compared: office and the sets of rows, services and alternatives. */
interface Shown {
  office: string | undefined;
  eligible: boolean;
  allocation: number[];
  services: string[];
  alternatives: string[];
}

const sorted = <T>(values: T[]): T[] => [...values].sort();
const shown = (office: string | undefined, outcome: OutcomeIds): Shown => ({
  office,
  eligible: outcome.eligible,
  allocation: sorted(outcome.allocation),
  services: sorted(outcome.services),
  alternatives: sorted(outcome.alternatives),
});

/** What the old result page showed to a person. */
function before(matter: DirectoryEntry<'responsibilities'>, person: LegacyPerson): Shown {
  const outcome = legacyOutcome(directory, matter, person);
  return {
    office: outcome.office?.id,
    eligible: outcome.eligible,
    allocation: sorted(outcome.allocation),
    services: sorted(outcome.services.map((service) => service.id)),
    alternatives: sorted(outcome.alternatives.map((entry) => entry.id)),
  };
}

/** What the island shows once every question it asks is answered. */
function island(table: FinderTable, person: LegacyPerson): Shown | undefined {
  const outcome = outcomeOf(table, { age: person.age, status: statusAnswer(table, person.status), district: person.district });
  return outcome && shown(table.office, outcome);
}

/** What a reader takes from the page without JavaScript: their status group, read for their age and district. */
function page(table: FinderTable, overview: OverviewGroup[], person: LegacyPerson): Shown | undefined {
  const status = table.statuses.length === 1 ? table.statuses[0]! : statusAnswer(table, person.status);
  const group = overview.find((candidate) => candidate.statuses.includes(status));
  if (!group) return undefined;
  const applies = <Id>(items: { id: Id; when: Parameters<typeof admits>[0] }[]) =>
    items.filter((item) => admits(item.when, person.age, person.district)).map((item) => item.id);
  return shown(table.office, {
    eligible: !group.notEligible || !admits(group.notEligible, person.age, person.district),
    allocation: applies(group.allocation),
    services: applies(group.services),
    alternatives: applies(group.alternatives),
  });
}

/** Ages that any old or new age question tells apart: the first year of every bucket of either. */
function agesOf(matter: DirectoryEntry<'responsibilities'>, table: FinderTable): number[] {
  const old = ageBuckets([matter, ...candidateServices(directory, matter)]).map((bucket) => bucket.min);
  return [...new Set([0, ...old, ...table.ages.map((range) => range.min)])].sort((a, b) => a - b);
}

interface Comparison {
  matter: string;
  person: LegacyPerson;
  before: Shown;
  island: Shown | undefined;
  page: Shown | undefined;
}

const comparisons: Comparison[] = matters.flatMap((matter) => {
  const table = finderTableFor(directory, matter);
  const overview = finderOverview(table);
  return agesOf(matter, table).flatMap((age) =>
    statuses.flatMap((status) =>
      districts.map((district) => {
        const person = { age, status, district };
        return {
          matter: matter.id,
          person,
          before: before(matter, person),
          island: island(table, person),
          page: page(table, overview, person),
        };
      }),
    ),
  );
});

describe(`the finder shows the same outcomes as the old step pages (${matters.length} matters, ${comparisons.length} combinations)`, () => {
  it('covers every matter with every status and district', () => {
    expect(new Set(comparisons.map((comparison) => comparison.matter)).size).toBe(matters.length);
    expect(comparisons.length).toBeGreaterThanOrEqual(matters.length * statuses.length * districts.length);
  });

  it('the island leads every combination of answers to the outcome of the old result page', () => {
    const differences = comparisons.filter((comparison) => JSON.stringify(comparison.island) !== JSON.stringify(comparison.before));
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('the page without JavaScript shows the same outcome for every combination', () => {
    const differences = comparisons.filter((comparison) => JSON.stringify(comparison.page) !== JSON.stringify(comparison.before));
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
