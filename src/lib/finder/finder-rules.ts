import { entriesOf, type Directory, type DirectoryEntry } from '../content/directory.ts';
import { fitsAge, fitsDistrict, fitsStatus, type AgeLimits } from '../eligibility.ts';
import { memoize } from '../memoize.ts';
import type { AgeRange, FinderTable } from './finder-answers.ts';
import { buildFinderTable, type Situation, type SituationOutcome } from './finder-table.ts';

/**
 * Who is responsible, and which counselling fits: the finder's rules for one matter (a
 * responsibility) and one situation (age, residence status, district). Offers are picked by all
 * three, because that is how the programmes define who they serve: MBE for adults over 27 with
 * a lasting status, JMD from 12 to the 27th birthday regardless of status, FIB for refugees with
 * a lasting right to stay, asylum seekers with good prospects and people under § 1 AsylbLG
 * (/work/shared/domain/002_a34da198ff649e83.txt L1275, L1283, L1333–1335). Each service names
 * its ages, statuses and districts in the content (content/services/de/*.yaml); whether they
 * admit a person is decided by src/lib/eligibility.ts, as in the search and the comparison.
 */

/**
 * Within the entry's age range? An age range of the finder fits when its first year does (the
 * ranges are cut at every limit, so the whole range fits then).
 */
function fitsAgeRange(limits: AgeLimits, age: AgeRange | undefined): boolean {
  return fitsAge(limits, age?.min);
}

function sharesTopic(a: DirectoryEntry<'responsibilities'>, b: { data: { topics: string[] } }): boolean {
  return b.data.topics.some((topic) => a.data.topics.includes(topic));
}

// The finder asks the same two lists for every cell of a matter's table (hundreds per matter),
// so each is made once per matter and build.

/** Counselling services on the topics of a matter: the offers the finder picks from. */
export const candidateServices: (
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
) => readonly DirectoryEntry<'services'>[] = memoize((directory, responsibility) =>
  entriesOf(directory, 'services').filter((service) => sharesTopic(responsibility, service)),
);

/** Responsibilities to turn to instead: the matter's handovers and those on the same topics. */
export const relatedResponsibilities: (
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
) => readonly DirectoryEntry<'responsibilities'>[] = memoize((directory, responsibility) =>
  entriesOf(directory, 'responsibilities').filter(
    (other) => other.id !== responsibility.id && (responsibility.data.handoverTo.includes(other.id) || sharesTopic(responsibility, other)),
  ),
);

/**
 * Does an allocation row apply in the district? Rows by district name the districts they cover
 * ("Nordstadt, Oberdorf, Am See"); a row that names none ("Alle Stadtteile – nach Wohnadresse")
 * applies everywhere.
 */
function rowApplies(directory: Directory, row: { criterion: string; value: string }, district: string | undefined): boolean {
  if (row.criterion !== 'district' || district === undefined) return true;
  const text = row.value.toLocaleLowerCase('de');
  const named = directory.site.districts.filter((candidate) => text.includes(candidate.label.de.toLocaleLowerCase('de')));
  return named.length === 0 || named.some((candidate) => candidate.id === district);
}

/** The outcome of a matter for one situation (status and district undefined = not known). */
export function finderOutcome(
  directory: Directory,
  responsibility: DirectoryEntry<'responsibilities'>,
  situation: Partial<Situation>,
): SituationOutcome {
  const { age, status, district } = situation;
  const matter = responsibility.data;
  const eligible = fitsAgeRange(matter, age) && fitsStatus(matter, status);
  return {
    eligible,
    office: directory.byId.get(matter.office),
    allocation: matter.allocation.flatMap((row, index) => (rowApplies(directory, row, district) ? [index] : [])),
    services: candidateServices(directory, responsibility).filter(
      ({ data }) => fitsAgeRange(data, age) && fitsStatus(data, status) && fitsDistrict(data, district),
    ),
    alternatives: eligible
      ? []
      : relatedResponsibilities(directory, responsibility).filter(({ data }) => fitsAgeRange(data, age) && fitsStatus(data, status)),
  };
}

/** Age ranges cut at every age limit of the given entries: [0–11], [12–26], [27–∞) for JMD and MBE. */
export function ageRangesOf(entries: AgeLimits[]): AgeRange[] {
  const cuts = new Set<number>();
  for (const { ageMin, ageMax } of entries) {
    if (ageMin !== undefined && ageMin > 0) cuts.add(ageMin);
    if (ageMax !== undefined && ageMax < 120) cuts.add(ageMax + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const ranges: AgeRange[] = [];
  let start = 0;
  for (const cut of sorted) {
    ranges.push({ min: start, max: cut - 1 });
    start = cut;
  }
  ranges.push({ min: start, max: null });
  return ranges;
}

/**
 * Every outcome of a matter by age, status and district: what its finder page shows, in every
 * language (made once per matter and build).
 */
export const finderTableFor: (directory: Directory, responsibility: DirectoryEntry<'responsibilities'>) => FinderTable = memoize(
  (directory, responsibility) => {
    const ages = ageRangesOf(
      [responsibility, ...candidateServices(directory, responsibility), ...relatedResponsibilities(directory, responsibility)].map(
        (entry) => entry.data,
      ),
    );
    return buildFinderTable(directory, responsibility, ages, (situation) => finderOutcome(directory, responsibility, situation));
  },
);
