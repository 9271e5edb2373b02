import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../../src/schema/index.ts';
import type { Directory } from '../../../src/lib/content/directory.ts';
import { describeObject } from '../../../src/lib/schema/describe-fields.ts';
import { csvCell, toCsv } from '../../../src/lib/publish/csv.ts';
import { paperTable, tableColumns } from '../../../src/lib/publish/paper-table.ts';
import { paperEntries, paperIds, papers } from '../../../src/lib/publish/papers.ts';
import { publisherDirectory } from '../../support/publisher-fixture.ts';

/** Read a CSV file the way German Excel does: UTF-8 byte order mark, semicolons, quoted fields over several lines. */
function readAsGermanExcel(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, delimiter: ';', relax_column_count: false }) as string[][];
}

let directory: Directory;
beforeAll(async () => {
  directory = await publisherDirectory('public');
});

function paperCsv(paper: (typeof paperIds)[number]): Buffer {
  const { header, rows } = paperTable(
    directory,
    papers[paper].collection,
    paperEntries(directory, paper),
    (entry) => `https://example.org/${entry.id}`,
  );
  return Buffer.from(toCsv(header, rows), 'utf8');
}

describe('CSV downloads of the interface papers', () => {
  it('open in German Excel with one column per schema field and intact umlauts', () => {
    for (const paper of paperIds) {
      const rows = readAsGermanExcel(paperCsv(paper));
      const [header = [], ...records] = rows;
      expect(header.slice(0, 2)).toEqual(['ID', 'Adresse im Web']);
      expect(header).toContain('Zuletzt geprüft am');
      expect(records.length).toBe(paperEntries(directory, paper).length);
      for (const record of records) expect(record.length).toBe(header.length);
    }
  });

  it('take their columns from the schema, so every public top-level field has a column', () => {
    const header = readAsGermanExcel(paperCsv('networks'))[0] ?? [];
    for (const field of describeObject(collections.networks.schema)) {
      if (field.meta?.internal) continue;
      if (field.type === 'object' && field.fields)
        expect(header.some((heading) => field.fields?.some((sub) => heading.endsWith(sub.meta?.label ?? '')))).toBe(true);
      else expect(header).toContain(field.meta?.label);
    }
  });

  it('keep lists in one cell, one item per line, and read them back unchanged', () => {
    const [header = [], ...records] = readAsGermanExcel(paperCsv('networks'));
    const members = header.indexOf('Mitglieder');
    const sprache = records.find((record) => record[0] === 'ag-sprache') ?? [];
    expect(sprache[members]?.split('\n')).toEqual([
      'AWO Kreisverband Musterstadt',
      'Jobcenter Musterstadt',
      'Brücke e. V. – Syrisch-deutscher Kulturverein',
    ]);
  });

  it('leave out internal fields in the public edition and show them in the internal one', async () => {
    const internalHeadings = tableColumns('responsibilities', true).filter(
      (column) => column.field.meta?.internal || column.key.startsWith('professionalContact'),
    );
    expect(internalHeadings.length).toBeGreaterThan(0);
    const publicHeader = readAsGermanExcel(paperCsv('responsibilities'))[0] ?? [];
    for (const column of internalHeadings) expect(publicHeader).not.toContain(column.heading);
    const internal = await publisherDirectory('internal');
    const { header, rows } = paperTable(internal, 'responsibilities', paperEntries(internal, 'responsibilities'), (entry) => entry.id);
    const [internalHeader = [], ...records] = readAsGermanExcel(Buffer.from(toCsv(header, rows)));
    const email = internalHeader.findIndex(
      (heading) => heading.startsWith('Kontakt für Fachstellen') && heading.endsWith('E-Mail (Funktionspostfach)'),
    );
    expect(records.map((record) => record[email])).toContain('team-aufenthalt-fachstellen@musterstadt.example.org');
  });

  it('neutralise values that spreadsheets would run as formulas', () => {
    expect(csvCell('+49 9999 100-3000')).toBe("'+49 9999 100-3000");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    const rows = readAsGermanExcel(Buffer.from(toCsv(['Telefon'], [['+49 1'], ['@SUM(A1)'], ['-1']])));
    expect(rows.slice(1).map(([cell]) => cell?.[0])).toEqual(["'", "'", "'"]);
  });

  it('quote semicolons, quotes and line breaks so each record stays one row', () => {
    const rows = readAsGermanExcel(Buffer.from(toCsv(['A', 'B'], [['x; y', 'Er sagte "ja"\nund ging']])));
    expect(rows[1]).toEqual(['x; y', 'Er sagte "ja"\nund ging']);
  });
});
