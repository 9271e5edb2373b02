import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The vendored HSDS 3.1 schemas (tests/fixtures/hsds-3.1, CC BY-SA 4.0). */
const schemaDir = resolve('tests/fixtures/hsds-3.1/schema');

/** Turn additionalProperties off on every object schema, as the HSDS specification's own check does. */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    result[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, closeObjects(child)]))
        : closeObjects(value);
  }
  if (result['type'] === 'object' || result['properties']) result['additionalProperties'] = false;
  return result;
}

/** Strict validators for HSDS objects by schema name ("organization", "service", …). */
export function strictHsdsValidators(): Record<string, ValidateFunction> {
  // The HSDS files carry documentation keywords (name, constraints, core, …) that are not JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const names: string[] = [];
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
    const schema = closeObjects(JSON.parse(readFileSync(join(schemaDir, file), 'utf8'))) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: file });
    names.push(file.replace(/\.json$/, ''));
  }
  return Object.fromEntries(names.map((name) => [name, ajv.getSchema(`${name}.json`) as ValidateFunction]));
}

/** Messages for every item that fails, empty when all are valid. */
export function hsdsFailures(validate: ValidateFunction, items: unknown[], label: string): string[] {
  return items.flatMap((item, index) => (validate(item) ? [] : [`${label}[${index}]: ${JSON.stringify(validate.errors?.slice(0, 3))}`]));
}
