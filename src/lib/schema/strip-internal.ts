import type { z } from 'astro/zod';
import { fieldMeta, unwrap } from '#src/schema/field.ts';

type Def = { type: string; element?: z.ZodType };

/**
 * A copy of `data` without the fields the schema marks `internal` (at any depth). The public
 * edition is built only from stripped data, so no template can leak an internal value by
 * mistake. Works for German entries and for translations (a subset of the same shape).
 */
export function stripInternal<T>(schema: z.ZodType, data: T): T {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Def;
  if (def.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const child = shape[key];
      if (child && fieldMeta(child)?.internal) continue;
      result[key] = child ? stripInternal(child, value) : value;
    }
    return result as T;
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.map((item) => stripInternal(element, item)) as T;
  }
  return data;
}

/** Every text value inside internal fields, e.g. to prove none of them reaches the public site. */
export function internalValues(schema: z.ZodType, data: unknown, inside = false): string[] {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Def;
  if (def.type === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
      const child = shape[key];
      return child ? internalValues(child, value, inside || fieldMeta(child)?.internal === true) : [];
    });
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.flatMap((item) => internalValues(element, item, inside));
  }
  return inside && (typeof data === 'string' || typeof data === 'number') ? [String(data)] : [];
}
