import { describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { entriesOf, type DirectoryEntry } from '#src/lib/content/directory.ts';
import { anyAnswer, otherStatus, outcomeOf, statusAnswer, type FinderTable, type OutcomeIds } from '#src/lib/finder/finder-answers.ts';
import { admits, finderOverview, type OverviewGroup } from '#src/lib/finder/finder-overview.ts';
import { finderTableFor } from '#src/lib/finder/finder-rules.ts';
import { ageBuckets, candidateServices, legacyOutcome, planFinder, type LegacyPerson } from './legacy-plan-finder.ts';

/**
 * The finder used to be ~620 static pages per language, one per class of answers. It is now one
 * page per matter: a table the island reads and an overview the page shows without JavaScript.
 * For every matter and every person (every age the old or new age questions tell apart, every
 * residence status of the vocabulary, another status, "don't know", every district and "don't
 * know"), this compares what the old result page showed with what the island and the page show.
 * Every difference must be one of the deliberate routing changes listed below.
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
  matter: DirectoryEntry<'responsibilities'>;
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
        return { matter, person, before: before(matter, person), island: island(table, person), page: page(table, overview, person) };
      }),
    ),
  );
});

/** One thing the island shows differently from the old page, for one matter and person. */
interface Difference {
  matter: DirectoryEntry<'responsibilities'>;
  person: LegacyPerson;
  kind: 'service removed' | 'service added' | 'alternative removed' | 'alternative added' | 'row removed' | 'row added' | 'eligibility';
  id: string;
}

const differences: Difference[] = comparisons.flatMap(({ matter, person, before: old, island: now }) => {
  if (!now) return [{ matter, person, kind: 'eligibility', id: 'no outcome' }];
  const changes = (kind: string, oldIds: (string | number)[], newIds: (string | number)[]) => [
    ...oldIds.filter((id) => !newIds.includes(id)).map((id) => ({ matter, person, kind: `${kind} removed`, id: String(id) })),
    ...newIds.filter((id) => !oldIds.includes(id)).map((id) => ({ matter, person, kind: `${kind} added`, id: String(id) })),
  ];
  return [
    ...changes('service', old.services, now.services),
    ...changes('alternative', old.alternatives, now.alternatives),
    ...changes('row', old.allocation, now.allocation),
    ...(old.eligible !== now.eligible || old.office !== now.office ? [{ matter, person, kind: 'eligibility', id: matter.id }] : []),
  ] as Difference[];
});

// What the rules of the old pages looked at, for the explanations (the person's exact age).
const byId = directory.byId;
const limitsOf = (id: string) =>
  byId.get(id)?.data as { ageMin?: number; ageMax?: number; residenceStatuses?: string[]; districts?: string[] };
const fitsAge = (id: string, age: number) => {
  const { ageMin, ageMax } = limitsOf(id);
  return (ageMin === undefined || age >= ageMin) && (ageMax === undefined || age <= ageMax);
};
const excludesStatus = (id: string, status: string) => {
  const named = limitsOf(id).residenceStatuses ?? [];
  return status !== anyAnswer && named.length > 0 && !named.includes(status);
};
const excludesDistrict = (id: string, district: string) => {
  const named = limitsOf(id).districts ?? [];
  return district !== anyAnswer && named.length > 0 && !named.includes(district);
};
/** Did the old pages of a matter ask the age at all? */
const askedAge = new Map(matters.map((matter) => [matter.id, planFinder(directory, matter).asked.includes('age')]));
const oldAskedAge = (matter: DirectoryEntry<'responsibilities'>) => askedAge.get(matter.id) === true;
/** The age the old pages judged a person by: the first year of the old age bucket holding the age. */
const oldBuckets = new Map(matters.map((matter) => [matter.id, ageBuckets([matter, ...candidateServices(directory, matter)])]));
const oldAgeOf = (matter: DirectoryEntry<'responsibilities'>, age: number) =>
  oldBuckets.get(matter.id)?.findLast((bucket) => bucket.min <= age)?.min ?? 0;
const rowExcludesDistrict = (matter: DirectoryEntry<'responsibilities'>, row: string, district: string) => {
  const label = directory.site.districts.find((candidate) => candidate.id === district)?.label.de ?? '';
  const allocation = matter.data.allocation[Number(row)];
  return district !== anyAnswer && allocation?.criterion === 'district' && !allocation.value.includes(label);
};

/**
 * The deliberate changes from the old step pages (issue 10, item 6). Each says what changed for
 * readers and which differences it accounts for. The old pages had to stay within 24 result
 * pages per matter and language, so most matters dropped questions or merged statuses.
 */
const deliberateChanges: { change: string; explains: (difference: Difference) => boolean }[] = [
  {
    change:
      'counselling is picked by residence status in every matter: before, matters with many status classes ignored the status ' +
      '(so a § 24 holder aged 27+ renewing the permit was shown student, asylum-procedure and return counselling)',
    explains: ({ kind, id, person }) => kind === 'service removed' && excludesStatus(id, person.status),
  },
  {
    change:
      'the district is asked wherever it changes the outcome: before, most matters dropped it, so offers of other districts ' +
      '(MBE, JMD, FIB in the shelters) and the Kita team of the other districts were shown',
    explains: ({ kind, id, person, matter }) =>
      (kind === 'service removed' && excludesDistrict(id, person.district)) ||
      (kind === 'row removed' && rowExcludesDistrict(matter, id, person.district)),
  },
  {
    change:
      'the age is asked wherever it changes the outcome: before, matters asking only the status ignored age limits ' +
      '(Berufssprachkurs from 16, help for unaccompanied minors up to 17, offers for adults)',
    explains: ({ kind, id, person, matter }) =>
      (kind === 'service removed' && !fitsAge(id, person.age)) ||
      (kind === 'eligibility' && !fitsAge(matter.id, person.age)) ||
      (kind === 'alternative added' && !fitsAge(matter.id, person.age)) ||
      (kind === 'alternative removed' && !oldAskedAge(matter) && !fitsAge(id, person.age)),
  },
  {
    change:
      'alternatives follow their own age limits: before, ages were cut only where the matter and its offers have limits and ' +
      'judged by the first year of the range, so a 20-year-old was sent to the help for unaccompanied minors and a 16-year-old not to the Berufssprachkurs',
    explains: ({ kind, id, person, matter }) =>
      (kind === 'alternative removed' && !fitsAge(id, person.age) && fitsAge(id, oldAgeOf(matter, person.age))) ||
      (kind === 'alternative added' && fitsAge(id, person.age) && !fitsAge(id, oldAgeOf(matter, person.age))),
  },
];

/** Worked examples, stated in full: the old page's services minus these is what the island shows. */
const examples: { why: string; matter: string; person: LegacyPerson; removed: string[] }[] = [
  {
    why: '§ 24, aged 30, Altstadt, renewing the permit: no student, asylum-procedure, return or law-clinic counselling; MBE and FIB of the Altstadt only',
    matter: 'aufenthaltstitel-verlaengern',
    person: { age: 30, status: 'schutz-24', district: 'altstadt' },
    removed: [
      'asylverfahrensberatung-fluechtlingsrat',
      'beratung-internationale-studierende',
      'fib-diakonie-unterkuenfte',
      'mbe-caritas',
      'rechtsinformation-refugee-law-clinic',
      'rueckkehrberatung-caritas',
    ],
  },
  {
    why: '§ 24, aged 19, Nordstadt, renewing the permit: no student, asylum-procedure or return counselling, no JMD and FIB of other districts',
    matter: 'aufenthaltstitel-verlaengern',
    person: { age: 19, status: 'schutz-24', district: 'nordstadt' },
    removed: [
      'asylverfahrensberatung-fluechtlingsrat',
      'beratung-internationale-studierende',
      'fib-diakonie-unterkuenfte',
      'jmd-ib',
      'rechtsinformation-refugee-law-clinic',
      'rueckkehrberatung-caritas',
    ],
  },
];

describe(`the finder compared with the old step pages (${matters.length} matters, ${comparisons.length} combinations)`, () => {
  it('covers every matter with every status and district', () => {
    expect(new Set(comparisons.map((comparison) => comparison.matter.id)).size).toBe(matters.length);
    expect(comparisons.length).toBeGreaterThanOrEqual(matters.length * statuses.length * districts.length);
  });

  it('the page without JavaScript shows what the island shows, for every combination', () => {
    const mismatches = comparisons.filter((comparison) => JSON.stringify(comparison.page) !== JSON.stringify(comparison.island));
    expect(mismatches.slice(0, 5).map(({ matter, person }) => ({ matter: matter.id, person }))).toEqual([]);
  });

  it('differs from the old pages only by the deliberate changes', () => {
    const unexplained = differences.filter((difference) => !deliberateChanges.some((change) => change.explains(difference)));
    expect(unexplained.slice(0, 10).map(({ matter, person, kind, id }) => ({ matter: matter.id, person, kind, id }))).toEqual([]);
  });

  for (const { change, explains } of deliberateChanges) {
    it(`changes on purpose: ${change}`, () => {
      expect(differences.some(explains)).toBe(true);
    });
  }

  for (const example of examples) {
    it(`changes on purpose, for example: ${example.why}`, () => {
      const matter = matters.find((candidate) => candidate.id === example.matter)!;
      const old = before(matter, example.person).services;
      expect(example.removed.filter((id) => !old.includes(id))).toEqual([]);
      expect(island(finderTableFor(directory, matter), example.person)?.services).toEqual(
        old.filter((id) => !example.removed.includes(id)),
      );
    });
  }
});
