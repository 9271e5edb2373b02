import { collections, type CollectionName } from '#src/schema/index.ts';
import { describeObject, forEachField } from '../schema/describe-fields.ts';
import { facetVocabularies, type FacetName } from './search-index-types.ts';
import type { FieldMeta } from '#src/schema/field.ts';

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

/** A top-level field that feeds a facet. */
export interface FacetField {
  key: string;
  /** An empty value means "no condition" (FieldMeta `emptyMeansAll`), e.g. the whole city. */
  emptyMeansAll: boolean;
}

const facetFieldCache = new Map<string, FacetField[]>();

/**
 * The top-level fields of a collection that feed a facet: for a vocabulary facet the fields of
 * that vocabulary, for a fixed-value facet (`facetEnums`) the field of that name.
 */
export function facetFieldsOf(collection: CollectionName, facet: FacetName): FacetField[] {
  const key = `${collection}|${facet}`;
  let fields = facetFieldCache.get(key);
  if (!fields) {
    const isVocabulary = (facetVocabularies as readonly string[]).includes(facet);
    fields = describeObject(collections[collection].schema)
      .filter((info) => (isVocabulary ? info.meta?.vocabulary === facet : info.key === facet))
      .map((info) => ({ key: info.key, emptyMeansAll: info.meta?.emptyMeansAll === true }));
    facetFieldCache.set(key, fields);
  }
  return fields;
}
