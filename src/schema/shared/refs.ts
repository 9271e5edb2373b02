import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

type Described = Omit<FieldMeta, 'i18n' | 'ref' | 'vocabulary'>;

/** Ids are file names: lower case letters, digits and hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reference to another entry by its id.
 *
 * Ids are unique across all collections (the validator enforces it), so a reference is the
 * bare id, and one field may point into several collections (a project's operator can be an
 * organisation or an association). This is why we do not use Astro's `reference()`, which is
 * tied to one collection and only exists inside Astro; `npm run check` validates content in
 * plain Node and reports a dangling reference with the closest existing id.
 */
export function ref(collections: readonly string[], meta: Described) {
  return field(
    z.string().regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“' }),
    {
      ...meta,
      ref: collections,
    },
  );
}

/** A term of a vocabulary (topics, target groups, …) by its id. */
export function term(vocabulary: string, meta: Described) {
  return field(z.string().min(1), { ...meta, vocabulary });
}

/** Several references (order matters where the label says so, e.g. lead first). */
export function refs(collections: readonly string[], meta: Described, minItems = 0) {
  const item = z
    .string()
    .regex(idPattern, { error: 'ist keine gültige ID – nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „jobcenter“' });
  return field(z.array(item).min(minItems, `braucht mindestens ${minItems} Eintrag/Einträge – ergänzen`), {
    ...meta,
    ref: collections,
  });
}

/** Several terms of one vocabulary. */
export function terms(vocabulary: string, meta: Described, minItems = 0) {
  const item = z.string().min(1);
  return field(z.array(item).min(minItems, `braucht mindestens ${minItems} Eintrag/Einträge – ergänzen`), {
    ...meta,
    vocabulary,
  });
}
