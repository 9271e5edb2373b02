import { collections } from '#src/schema/index.ts';
import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { describeObject } from '../schema/describe-fields.ts';
import type { PaperChanges } from './paper-changes.ts';
import { paperTable } from './paper-table.ts';
import { paperCollections, type PaperId } from './papers.ts';

/** Heading of the column naming the kind of entry, in papers that list several kinds. */
const kindHeading = 'Art des Eintrags';
/** Heading of the column with each entry's change since the previous version. */
export const changeHeading = 'Änderung seit der vorigen Fassung';

const changeWords = { added: 'neu', changed: 'geändert', removed: 'entfernt' } as const;

/** "06.12.2026" for a CSV cell (German Excel reads it as a date). */
function germanDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/**
 * The table behind a paper's CSV: one table per collection of the paper (`paperTable`), merged
 * on their headings, so the paper on responsibilities carries its counselling and interpreting
 * services too; a column names the kind where there are several. The last column says what
 * changed since the previous version, and entries removed since then get a row of their own
 * with their id, title and "entfernt (date)".
 */
export function paperCsvTable(
  directory: Directory,
  paper: PaperId,
  urlOf: (entry: DirectoryEntry) => string,
  changes: PaperChanges,
): { header: string[]; rows: string[][] } {
  const kinds = paperCollections(paper);
  const several = kinds.length > 1;
  const header = ['ID', 'Adresse im Web', ...(several ? [kindHeading] : [])];
  const tables = kinds.map((collection) => ({ collection, ...paperTable(directory, collection, entriesOf(directory, collection), urlOf) }));
  for (const table of tables) for (const heading of table.header.slice(2)) if (!header.includes(heading)) header.push(heading);
  header.push(changeHeading);

  const changeOf = new Map(changes.state === 'changes' ? changes.changes.map((change) => [change.id, change]) : []);
  const changeText = (id: string) => {
    const change = changeOf.get(id);
    return change ? `${changeWords[change.kind]} (${germanDate(change.date)})` : '';
  };
  const rows: string[][] = [];
  for (const table of tables) {
    const positions = table.header.map((heading) => header.indexOf(heading));
    for (const source of table.rows) {
      const row = header.map(() => '');
      source.forEach((value, index) => {
        const at = positions[index];
        if (at !== undefined && at >= 0) row[at] = value;
      });
      if (several) row[header.indexOf(kindHeading)] = collections[table.collection].labelSingular;
      row[header.length - 1] = changeText(source[0] ?? '');
      rows.push(row);
    }
  }
  for (const change of changeOf.values()) {
    if (change.kind !== 'removed') continue;
    const row = header.map(() => '');
    row[0] = change.id;
    if (several) row[header.indexOf(kindHeading)] = collections[change.collection].labelSingular;
    const titleLabel = describeObject(collections[change.collection].schema).find((field) => field.key === 'title')?.meta?.label;
    if (titleLabel && header.includes(titleLabel)) row[header.indexOf(titleLabel)] = change.title ?? '';
    row[header.length - 1] = changeText(change.id);
    rows.push(row);
  }
  return { header, rows };
}
