import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { collections } from '#src/schema/index.ts';
import type { Directory } from '#src/lib/content/directory.ts';
import { describeObject } from '#src/lib/schema/describe-fields.ts';
import { csvCell, toCsv } from '#src/lib/publish/csv.ts';
import { changeHeading, paperCsvTable } from '#src/lib/publish/paper-csv.ts';
import type { PaperChanges } from '#src/lib/publish/paper-changes.ts';
import { paperTable, tableColumns } from '#src/lib/publish/paper-table.ts';
import { paperEntries, paperIds } from '#src/lib/publish/papers.ts';
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

function paperCsv(paper: (typeof paperIds)[number], changes: PaperChanges = { state: 'first-version' }): Buffer {
  const { header, rows } = paperCsvTable(directory, paper, (entry) => `https://example.org/${entry.id}`, changes);
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

describe('CSV of the paper on responsibilities', () => {
  it('carries the counselling and interpreting services as key contact points, each named by its kind', () => {
    const [header = [], ...records] = readAsGermanExcel(paperCsv('responsibilities'));
    const kind = header.indexOf('Art des Eintrags');
    const row = (id: string) => records.find((record) => record[0] === id) ?? [];
    expect(row('aufenthaltstitel-verlaengern')[kind]).toBe('Zuständigkeit');
    expect(row('mbe-awo')[kind]).toBe('Beratungsangebot');
    expect(row('sprachmittlerpool-caritas')[kind]).toBe('Sprachmittlungsangebot');
    // The services' own fields have columns of their own; a heading they share is one column.
    expect(row('mbe-awo')[header.indexOf('Beratungsform')]).toBe('case-work\ncase-management');
    expect(row('mbe-awo')[header.indexOf('Träger')]).toBe('AWO Kreisverband Musterstadt');
    expect(header.filter((heading) => heading === 'Träger')).toHaveLength(1);
  });

  it('says per entry what changed since the previous version, and lists removed entries as rows of their own', () => {
    const changes: PaperChanges = {
      state: 'changes',
      date: '2026-12-06',
      previous: '2026-11-22',
      changes: [
        { collection: 'services', id: 'mbe-awo', kind: 'added', date: '2026-12-06' },
        { collection: 'responsibilities', id: 'aufenthaltstitel-verlaengern', kind: 'changed', date: '2026-12-06' },
        { collection: 'services', id: 'alte-sprechstunde', kind: 'removed', date: '2026-12-06', title: 'Alte Sprechstunde' },
      ],
    };
    const [header = [], ...records] = readAsGermanExcel(paperCsv('responsibilities', changes));
    const change = header.indexOf(changeHeading);
    expect(change).toBe(header.length - 1);
    const row = (id: string) => records.find((record) => record[0] === id) ?? [];
    expect(row('mbe-awo')[change]).toBe('neu (06.12.2026)');
    expect(row('aufenthaltstitel-verlaengern')[change]).toBe('geändert (06.12.2026)');
    expect(row('buergergeld-beantragen')[change]).toBe('');
    const removed = row('alte-sprechstunde');
    expect(removed[change]).toBe('entfernt (06.12.2026)');
    expect(removed[header.indexOf('Name des Beratungsangebots')]).toBe('Alte Sprechstunde');
    expect(records.length).toBe(paperEntries(directory, 'responsibilities').length + 1);
  });
});
