/**
 * npm run docs:fields
 *
 * Writes the field reference of docs/redaktion.md (for editors) and docs/felder.md (for YAML
 * authors: every key, type, whether it is required, allowed values and an example) from the
 * schemas. A unit test fails when either document is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTable } from '../src/lib/editorial/field-table.ts';
import { parseCommand } from './support/command-line.ts';

parseCommand({
  name: 'docs:fields',
  summary: 'Erneuert die Feldübersichten in docs/redaktion.md und docs/felder.md aus den Schemas.',
  options: {},
  content: false,
});

const file = 'docs/redaktion.md';
writeFileSync(file, withFieldTable(readFileSync(file, 'utf8')));
console.log(`✓ Feldübersicht in ${file} erneuert`);
