import { collections, type CollectionName } from '../../schema/index.ts';
import { describeObject, forEachField } from '../schema/describe-fields.ts';
import type { FieldMeta } from '../../schema/field.ts';

/** A field that feeds the search index, found by walking the schema (never listed by hand). */
export interface SearchField {
  /** Keys from the entry root; arrays on the way are flattened. */
  path: string[];
  role: NonNullable<FieldMeta['search']>;
  /** The value is an id of another entry: its title is indexed. */
  ref: boolean;
  /** The value is a vocabulary term: its label is indexed. */
  vocabulary?: string;
}

const cache = new Map<CollectionName, SearchField[]>();

/** Every field of a collection with a `search` role in its FieldMeta. */
export function searchFieldsOf(collection: CollectionName): SearchField[] {
  let fields = cache.get(collection);
  if (fields) return fields;
  fields = [];
  forEachField(describeObject(collections[collection].schema), (info) => {
    const role = info.meta?.search;
    if (!role) return;
    fields?.push({
      path: info.path,
      role,
      ref: Boolean(info.meta?.ref),
      ...(info.meta?.vocabulary ? { vocabulary: info.meta.vocabulary } : {}),
    });
  });
  cache.set(collection, fields);
  return fields;
}

/** Every value at a path, flattening lists on the way (e.g. steps[].title). */
export function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  if (data === undefined || data === null) return [];
  if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return [data];
  if (typeof data !== 'object') return [];
  const [key, ...rest] = path as [string, ...string[]];
  return valuesAt((data as Record<string, unknown>)[key], rest);
}

const vocabularyCache = new Map<string, string[]>();

/** Keys of the top-level fields of a collection whose values are terms of `vocabulary`. */
export function vocabularyFieldsOf(collection: CollectionName, vocabulary: string): string[] {
  const key = `${collection}|${vocabulary}`;
  let keys = vocabularyCache.get(key);
  if (!keys) {
    keys = describeObject(collections[collection].schema)
      .filter((info) => info.meta?.vocabulary === vocabulary)
      .map((info) => info.key);
    vocabularyCache.set(key, keys);
  }
  return keys;
}
