/**
 * npm run docs:fields
 *
 * Writes the field reference of docs/redaktion.md from the schemas (between the markers).
 * A unit test fails when the document is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTable } from '../src/lib/editorial/field-table.ts';

const file = 'docs/redaktion.md';
writeFileSync(file, withFieldTable(readFileSync(file, 'utf8')));
console.log(`✓ Feldübersicht in ${file} erneuert`);
