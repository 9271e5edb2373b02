import type { Directory, DirectoryEntry } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';

/**
 * The counselling comparison: overlapping services (MBE 27+, JMD 12–27, FIB, …) side by side
 * by age, residence status, languages and area, so a counsellor picks the right one in
 * seconds. Rows go from the youngest target group to the oldest, then by name.
 */
export interface ServiceComparisonRow {
  entry: DirectoryEntry<'services'>;
  programme?: string;
  ageMin?: number;
  ageMax?: number;
  /** Empty = regardless of residence status. */
  residenceStatuses: string[];
  languages: string[];
  /** Empty = the whole municipality. */
  districts: string[];
  neighbouringAreas: boolean;
}

/** Every public counselling service as a comparison row. */
export function compareServices(directory: Directory): ServiceComparisonRow[] {
  return entriesOf(directory, 'services')
    .map((entry): ServiceComparisonRow => {
      const data = entry.data;
      return {
        entry,
        ...(data.programme ? { programme: data.programme } : {}),
        ...(data.ageMin !== undefined ? { ageMin: data.ageMin } : {}),
        ...(data.ageMax !== undefined ? { ageMax: data.ageMax } : {}),
        residenceStatuses: data.residenceStatuses,
        languages: data.languages,
        districts: data.districts,
        neighbouringAreas: data.neighbouringAreas,
      };
    })
    .sort(
      (a, b) =>
        (a.ageMin ?? 0) - (b.ageMin ?? 0) ||
        (a.ageMax ?? 999) - (b.ageMax ?? 999) ||
        String(a.entry.data.title).localeCompare(String(b.entry.data.title), 'de'),
    );
}
