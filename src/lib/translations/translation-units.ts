import { collections, type CollectionName } from '#src/schema/index.ts';
import type { ContentEntry, ContentTranslation } from '../content/validate-content.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';
import { sourceFingerprint } from '../schema/translation.ts';
import { entryTitle } from '../content/shared-fields.ts';

/**
 * The translatable texts of an entry as units a translator works through one by one: one unit
 * per translatable field (per list item for lists of objects), with the German source, the
 * current translation if there is one, and what the field is for. Lists of short terms
 * (keywords) are one unit with a term per line, because a translation may have more or fewer.
 */
export interface TranslationUnit {
  collection: CollectionName;
  id: string;
  /** Dotted path of the field in the entry, e.g. "summary", "steps.1.text"; "body" for MDX. */
  path: string;
  source: string;
  /** The current translation, when the translation file has this field. */
  target?: string;
  /** A list of terms, one per line. */
  list: boolean;
  /** German label of the field, with the labels of the fields it sits in ("Schritte › Text"). */
  label: string;
  hint?: string;
  /** Only in the internal edition. */
  internal: boolean;
}

/** Everything a translator needs of one entry. */
export interface EntryUnits {
  collection: CollectionName;
  id: string;
  title: string;
  /** Fingerprint of the German texts the units were taken from. */
  fingerprint: string;
  units: TranslationUnit[];
}

/** Path used in unit ids and messages for the MDX body. */
export const bodyPath = 'body';

const fieldCache = new Map<CollectionName, FieldInfo[]>();
function fieldsOf(collection: CollectionName): FieldInfo[] {
  let fields = fieldCache.get(collection);
  if (!fields) fieldCache.set(collection, (fields = describeObject(collections[collection].schema)));
  return fields;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

/** Units of one entry, in the order its fields are defined. */
export function unitsOf(entry: ContentEntry, translation: ContentTranslation | undefined): EntryUnits {
  const units: TranslationUnit[] = [];
  const visit = (fields: FieldInfo[], german: unknown, path: (string | number)[], labels: string[], internal: boolean) => {
    for (const field of fields) {
      const value = valueAt(german, [field.key]);
      if (value === undefined || value === null) continue;
      const fieldPath = [...path, field.key];
      const fieldLabels = [...labels, field.meta?.label ?? field.key];
      const fieldInternal = internal || field.meta?.internal === true;
      if (field.meta?.i18n && (isText(value) || isTextList(value))) {
        const target = valueAt(translation?.data, fieldPath);
        const list = Array.isArray(value);
        const targetText = list ? (isTextList(target) ? target.join('\n') : undefined) : isText(target) ? target.trim() : undefined;
        units.push({
          collection: entry.collection,
          id: entry.id,
          path: fieldPath.join('.'),
          source: list ? value.join('\n') : value.trim(),
          ...(targetText !== undefined ? { target: targetText } : {}),
          list,
          label: fieldLabels.join(' › '),
          ...(field.meta.hint ? { hint: field.meta.hint } : {}),
          internal: fieldInternal,
        });
      } else if (field.type === 'object' && field.fields) {
        visit(field.fields, value, fieldPath, fieldLabels, fieldInternal);
      } else if (field.type === 'array' && field.item?.fields && Array.isArray(value)) {
        const itemFields = field.item.fields;
        value.forEach((item, index) => visit(itemFields, item, [...fieldPath, index], fieldLabels, fieldInternal));
      }
    }
  };
  visit(fieldsOf(entry.collection), entry.data, [], [], false);
  if (entry.body !== undefined && entry.body.trim() !== '') {
    const targetBody = translation?.body;
    units.push({
      collection: entry.collection,
      id: entry.id,
      path: bodyPath,
      source: entry.body.trim(),
      ...(targetBody !== undefined && targetBody.trim() !== '' ? { target: targetBody.trim() } : {}),
      list: false,
      label: 'Text der Seite',
      internal: false,
    });
  }
  return {
    collection: entry.collection,
    id: entry.id,
    title: entryTitle(entry),
    fingerprint: sourceFingerprint(collections[entry.collection].schema, entry.data, entry.body),
    units,
  };
}

/** A unit's value as stored in a translation file: a list of terms is split into lines again. */
export function storedValue(unit: Pick<TranslationUnit, 'list'>, text: string): string | string[] {
  return unit.list
    ? text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : text;
}

/** The unit's path as keys for a YAML document (list positions as numbers). */
export function pathKeys(path: string): (string | number)[] {
  return path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}
