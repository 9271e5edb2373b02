/**
 * npm run docs:fields
 *
 * Writes the field reference of docs/redaktion.md (for editors) and docs/felder.md (for YAML
 * authors: every key, type, whether it is required, allowed values and an example) from the
 * schemas. A unit test fails when either document is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from '#src/lib/editorial/field-reference.ts';
import { withFieldTable } from '#src/lib/editorial/field-table.ts';
import { parseCommand } from './support/command-line.ts';
import { starterExamples } from './support/starter-examples.ts';

parseCommand({
  name: 'docs:fields',
  summary: 'Erneuert die Feldübersichten in docs/redaktion.md und docs/felder.md aus den Schemas.',
  options: {},
  content: false,
});

const guide = 'docs/redaktion.md';
writeFileSync(guide, withFieldTable(readFileSync(guide, 'utf8')));
const reference = 'docs/felder.md';
writeFileSync(reference, withFieldReference(readFileSync(reference, 'utf8'), starterExamples()));
console.log(`✓ Feldübersichten in ${guide} und ${reference} erneuert`);
