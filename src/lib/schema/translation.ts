import { z } from 'astro/zod';
import { fieldMeta, unwrap } from '#src/schema/field.ts';
import { fingerprint } from '../hash.ts';

/**
 * Translations live in their own files (content/<collection>/<locale>/<id>.yaml) and hold only
 * translatable fields. Shared fields (addresses, references, dates) exist once, in the German
 * file, so a translation can never contradict them. This module derives the translation
 * schema from the collection schema and merges a translation onto its German entry.
 */

/** Bookkeeping in every translation file. */
const translationMetaSchema = z.strictObject({
  /**
   * Fingerprint of the German texts this translation was made from; differs = outdated. A new
   * translation may come without one (`machine: true` alone): it counts as outdated, with a
   * warning, until `npm run stamp-translations` or the CMS stamps it.
   */
  source: z
    .string()
    .regex(/^[0-9a-f]{8}$/, { error: 'ist kein Fingerabdruck (8 Hex-Zeichen)' })
    .optional(),
  /** Machine translation, not yet checked by a person. */
  machine: z.boolean().optional(),
});

export type TranslationMeta = z.output<typeof translationMetaSchema>;

type Def = { type: string; element?: z.ZodType };

// Schemas are built once per field schema, not once per file: the check and the build ask for
// them for every one of thousands of entries, and zod compiles each new schema anew.
const translatableParts = new WeakMap<z.ZodType, z.ZodType | null>();
const translationSchemas = new WeakMap<z.ZodObject, z.ZodObject>();

/** The translatable part of a field schema, or undefined when nothing in it is translatable. */
function translatablePart(schema: z.ZodType): z.ZodType | undefined {
  let part = translatableParts.get(schema);
  if (part === undefined) {
    part = findTranslatablePart(schema) ?? null;
    translatableParts.set(schema, part);
  }
  return part ?? undefined;
}

function findTranslatablePart(schema: z.ZodType): z.ZodType | undefined {
  if (fieldMeta(schema)?.i18n) return unwrap(schema);
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Def;
  if (def.type === 'object') {
    const shape = translatableShape(inner as z.ZodObject);
    return Object.keys(shape).length > 0 ? z.strictObject(shape) : undefined;
  }
  if (def.type === 'array' && def.element) {
    const item = translatablePart(def.element);
    return item ? z.array(item) : undefined;
  }
  return undefined;
}

function translatableShape(schema: z.ZodObject): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(schema.shape)) {
    const part = translatablePart(child as z.ZodType);
    if (part) shape[key] = part.optional();
  }
  return shape;
}

/** Schema of a translation file of a collection: translatable fields only, all optional. */
export function translationSchema(schema: z.ZodObject): z.ZodObject {
  let translation = translationSchemas.get(schema);
  if (!translation) {
    translation = z.strictObject({ ...translatableShape(schema), translation: translationMetaSchema.optional() });
    translationSchemas.set(schema, translation);
  }
  return translation;
}

/** Names of the top-level fields that may appear in a translation file. */
export function translatableKeys(schema: z.ZodObject): string[] {
  return Object.keys(translatableShape(schema));
}

/** The translatable values of a German entry (what a translator translates). */
export function translatableValues(schema: z.ZodType, data: unknown): unknown {
  if (data === undefined || data === null) return undefined;
  if (fieldMeta(schema)?.i18n) return data;
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Def;
  if (def.type === 'object' && typeof data === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries((inner as z.ZodObject).shape)) {
      if (!translatablePart(child as z.ZodType)) continue;
      const value = translatableValues(child as z.ZodType, (data as Record<string, unknown>)[key]);
      // Empty values are left out so a default ([]) and a missing field fingerprint alike.
      if (!isEmpty(value)) result[key] = value;
    }
    return result;
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return translatablePart(element) ? data.map((item) => translatableValues(element, item)) : undefined;
  }
  return undefined;
}

/**
 * Fingerprint of what translators translate: every translatable value of the German entry and,
 * for MDX entries, the body. A translation stamped with another fingerprint is outdated.
 */
export function sourceFingerprint(schema: z.ZodObject, germanData: unknown, body?: string): string {
  const texts = translatableValues(schema, germanData);
  return fingerprint(body === undefined ? texts : { texts, body: body.trim() });
}

/** A German entry with a translation merged on top. */
interface MergedTranslation<T> {
  data: T;
  /** Dotted paths of translatable fields that show German text, e.g. "summary", "steps.2.text". */
  fallback: string[];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Merge a translation onto its German entry. Translatable values come from the translation when
 * it has them, otherwise from German (and are listed in `fallback`); shared values always come
 * from German. Lists of objects are matched item by item.
 */
export function mergeTranslation<T>(
  schema: z.ZodObject,
  german: T,
  translation: Record<string, unknown> | undefined,
): MergedTranslation<T> {
  const fallback: string[] = [];

  function merge(fieldSchema: z.ZodType, source: unknown, translated: unknown, path: string): unknown {
    if (fieldMeta(fieldSchema)?.i18n) {
      if (!isEmpty(translated)) return translated;
      if (!isEmpty(source)) fallback.push(path);
      return source;
    }
    if (!translatablePart(fieldSchema) || source === undefined || source === null) return source;
    const inner = unwrap(fieldSchema);
    const def = inner._zod.def as unknown as Def;
    if (def.type === 'object' && typeof source === 'object') {
      const result: Record<string, unknown> = { ...(source as Record<string, unknown>) };
      const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
      for (const [key, child] of Object.entries(shape)) {
        const childTranslation = (translated as Record<string, unknown> | undefined)?.[key];
        const merged = merge(child, result[key], childTranslation, path ? `${path}.${key}` : key);
        if (merged !== undefined) result[key] = merged;
      }
      return result;
    }
    if (def.type === 'array' && def.element && Array.isArray(source)) {
      const element = def.element;
      const items = Array.isArray(translated) ? translated : [];
      return source.map((item, index) => merge(element, item, items[index], `${path}.${index}`));
    }
    return source;
  }

  const data = merge(schema, german, translation, '') as T;
  return { data, fallback };
}
