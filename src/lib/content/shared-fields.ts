import type { z } from 'astro/zod';
import type { entryFields } from '#src/schema/shared/entry.ts';
import type { TranslationMeta } from '../schema/translation.ts';

/** The fields every collection spreads into its schema (src/schema/shared/entry.ts), typed from it. */
type SharedFields = { [Key in 'title' | 'visibility']: z.output<ReturnType<typeof entryFields>[Key]> };

/** Entry data that passed its collection's schema, collection unknown where it is read. */
interface AnyEntry {
  data: Record<string, unknown>;
}

/**
 * The shared fields of an entry read where its collection does not matter (validation, review,
 * translation export). Partial: a collection may leave a shared field out.
 */
function sharedFields(entry: AnyEntry): Partial<SharedFields> {
  return entry.data as Partial<SharedFields>;
}

/** What lists and messages call an entry: its title, or its id when it has none. */
export function entryTitle(entry: AnyEntry & { id: string }): string {
  return sharedFields(entry).title ?? entry.id;
}

/** Internal entries appear only in the internal edition and must not be linked from public ones. */
export function isInternal(entry: AnyEntry | undefined): boolean {
  return entry !== undefined && sharedFields(entry).visibility === 'internal';
}

/** The bookkeeping of a translation file: the fingerprint it was made from and the machine mark. */
export function translationMeta(translation: AnyEntry | undefined): TranslationMeta {
  return (translation?.data['translation'] as TranslationMeta | undefined) ?? {};
}
