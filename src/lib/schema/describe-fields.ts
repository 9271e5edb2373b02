import type { z } from 'astro/zod';
import { fieldMeta, isOptional, unwrap, type FieldMeta } from '#src/schema/field.ts';

/** What kind of value a field holds, as far as editors, exports and search care. */
type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'map';

/** One field of a schema, described for generators (CMS config, CSV columns, search index). */
export interface FieldInfo {
  key: string;
  /** Keys from the entry root, e.g. ["locations", "address", "street"] (arrays add no key). */
  path: string[];
  type: FieldType;
  required: boolean;
  meta: FieldMeta | undefined;
  /** Default value, when the schema has one. */
  defaultValue?: unknown;
  /** Allowed values of an enum. */
  options?: string[];
  /** Fields of an object, or of the objects in an array. */
  fields?: FieldInfo[];
  /** For arrays: the description of one item. */
  item?: FieldInfo;
  schema: z.ZodType;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  catchall?: z.ZodType;
  defaultValue?: unknown;
};

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function defaultOf(schema: z.ZodType): unknown {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'default') return def.defaultValue;
    if (def.type !== 'optional' && def.type !== 'nullable') return undefined;
    current = (current._zod.def as { innerType?: z.ZodType }).innerType;
  }
  return undefined;
}

/** Describe one field schema found at `path`. */
function describeField(key: string, schema: z.ZodType, path: string[]): FieldInfo {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const info: FieldInfo = {
    key,
    path,
    type: 'string',
    required: !isOptional(schema),
    meta: fieldMeta(schema),
    schema: inner,
  };
  const defaultValue = defaultOf(schema);
  if (defaultValue !== undefined) info.defaultValue = defaultValue;
  switch (def.type) {
    case 'object':
      if (def.catchall && defOf(def.catchall).type !== 'never' && Object.keys(def.shape ?? {}).length <= 1) {
        info.type = 'map';
      } else {
        info.type = 'object';
        info.fields = describeObject(inner as z.ZodObject, path);
      }
      break;
    case 'array':
      info.type = 'array';
      info.item = describeField(key, def.element as z.ZodType, path);
      if (info.item.fields) info.fields = info.item.fields;
      break;
    case 'enum':
      info.type = 'enum';
      info.options = Object.values(def.entries ?? {});
      break;
    case 'number':
      info.type = 'number';
      break;
    case 'boolean':
      info.type = 'boolean';
      break;
    default:
      info.type = 'string';
  }
  return info;
}

/** Describe every field of an object schema, in declaration order. */
export function describeObject(schema: z.ZodObject, path: string[] = []): FieldInfo[] {
  return Object.entries(schema.shape).map(([key, child]) => describeField(key, child as z.ZodType, [...path, key]));
}

/** Call `visit` for every field, depth first, including fields inside objects and arrays. */
export function forEachField(fields: FieldInfo[], visit: (field: FieldInfo) => void): void {
  for (const field of fields) {
    visit(field);
    if (field.fields) forEachField(field.fields, visit);
  }
}
