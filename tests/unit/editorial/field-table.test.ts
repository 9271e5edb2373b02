import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTable, withFieldTable } from '#src/lib/editorial/field-table.ts';

describe('the field reference in docs/redaktion.md', () => {
  it('is up to date with the schemas (run npm run docs:fields after changing a schema)', () => {
    const document = readFileSync('docs/redaktion.md', 'utf8');
    expect(withFieldTable(document)).toBe(document);
  });

  it('names fields by their German label, marks required and translated ones, and nested fields with their parent', () => {
    const table = fieldTable();
    expect(table).toContain('### Organisationen');
    expect(table).toContain('| Name der Organisation |  | ja | ja |');
    expect(table).toMatch(/\| Standorte › Adresse › Koordinaten \| Auf der Karte setzen .* \| ja \| {2}\|/);
    expect(table).toContain('| Standorte › Adresse |  | ja |  |');
    expect(table).toContain('| Standorte |  |  | teils |');
    expect(table).toContain(
      '| Kontakt für Fachstellen (intern) | Durchwahl oder Funktionspostfach für Fachkräfte. Erscheint nur in der internen Ausgabe. |  | teils |',
    );
  });

  it('lists the fields of a vocabulary term after the collections, with what editors need to know', () => {
    const table = fieldTable();
    expect(table.indexOf('### Vokabular „Themen“')).toBeGreaterThan(table.indexOf('### Seiten'));
    expect(table).toMatch(/\| Kennung \| Wird in den Einträgen gespeichert\..*Nicht ändern oder löschen.* \| ja \| {2}\|/);
    expect(table).toContain('### Vokabular „Suchbegriffe (Synonyme)“');
    expect(table).toMatch(/\| Gleichbedeutende Suchbegriffe \| Ein Begriff pro Zeile.* \| ja \| {2}\|/);
  });
});
