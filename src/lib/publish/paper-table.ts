import { collections, type CollectionName } from '#src/schema/index.ts';
import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { hubRelation, hubStanding, type HubRelation } from '../hub-relation.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';

/**
 * The table behind a paper's CSV download: one column per schema field, generated from
 * `describeObject`, so a new field in a schema shows up in the download without touching this
 * file. Objects (contact, funding, access) become one column per sub-field; lists of objects
 * (locations, meetings) stay in one cell, one line per item. Values are for people opening the
 * file in a spreadsheet: vocabulary terms and references show their German labels and titles.
 */

/** One generated column. */
interface Column {
  /** Dotted path of the value, e.g. "contact.phone". */
  key: string;
  /** Heading: the German field label, sub-fields of a labelled group as "Förderung: Förderprogramm". */
  heading: string;
  field: FieldInfo;
}

/** Columns of a collection, with or without the fields marked internal. */
export function tableColumns(collection: CollectionName, includeInternal: boolean): Column[] {
  const columns: Column[] = [];
  const walk = (fields: FieldInfo[], prefix: string[], headingPrefix: string) => {
    for (const field of fields) {
      if (field.meta?.internal && !includeInternal) continue;
      const label = field.meta?.label;
      const heading = [headingPrefix, label].filter(Boolean).join(': ') || field.key;
      // A group without a label of its own (e.g. `contact`) passes its sub-fields' labels on unprefixed.
      if (field.type === 'object' && field.fields) walk(field.fields, [...prefix, field.key], label ? heading : headingPrefix);
      else columns.push({ key: [...prefix, field.key].join('.'), heading, field });
    }
  };
  walk(describeObject(collections[collection].schema), [], '');
  return columns;
}

function valueAt(data: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

/** Text of one value for a spreadsheet cell. */
function formatValue(directory: Directory, field: FieldInfo, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const item = field.item ?? field;
    return value
      .map((part) => formatValue(directory, { ...item, meta: item.meta ?? field.meta } as FieldInfo, part))
      .filter(Boolean)
      .join('\n');
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'object') {
    const fields = field.fields ?? [];
    return fields
      .map((sub) => {
        const text = formatValue(directory, sub, (value as Record<string, unknown>)[sub.key]);
        return text ? `${sub.meta?.label ?? sub.key}: ${text.replaceAll('\n', ', ')}` : '';
      })
      .filter(Boolean)
      .join(' | ');
  }
  const text = String(value);
  if (field.meta?.ref) {
    const target = directory.byId.get(text);
    return target ? target.data.title : text;
  }
  if (field.meta?.vocabulary) {
    const term = directory.vocabularies[field.meta.vocabulary]?.find((candidate) => candidate.id === text);
    return term?.label?.de ?? text;
  }
  return text;
}

/**
 * How an organisation stands to the immigration office, in German words for a spreadsheet:
 * "Stufe 3 – Anlassbezogene Abstimmung im Einzelfall (ruht)", "Eigene Dienststelle der
 * Verwaltung; Stufe 4 – …" or "Verweis nur auf Nachfrage". Empty for the office itself.
 */
function hubRelationText(directory: Directory, relation: HubRelation): string {
  const label = (id: string) => directory.vocabularies['cooperation-levels']?.find((term) => term.id === id)?.label?.de ?? id;
  const standing = hubStanding(relation);
  if (!standing) return '';
  const level = relation.level !== undefined ? `Stufe ${relation.level} – ${label(standing)}${relation.resting ? ' (ruht)' : ''}` : '';
  if (relation.kind === 'own-office' && level) return `${label('own-office')}; ${level}`;
  return level || label(standing);
}

/** Header and rows of a paper's table; the first two columns are the id and the web address. */
export function paperTable(
  directory: Directory,
  collection: CollectionName,
  entries: readonly DirectoryEntry[],
  urlOf: (entry: DirectoryEntry) => string,
): { header: string[]; rows: string[][] } {
  const columns = tableColumns(collection, directory.edition === 'internal');
  // Organisations and associations also get the computed relation to the immigration office.
  const relationOf = (entry: DirectoryEntry) => hubRelation(directory, entry);
  const withRelation = entries.some((entry) => relationOf(entry) !== undefined);
  const header = [
    'ID',
    'Adresse im Web',
    ...columns.map((column) => column.heading),
    ...(withRelation ? ['Kooperation mit der Ausländerbehörde'] : []),
  ];
  const rows = entries.map((entry) => {
    const relation = relationOf(entry);
    return [
      entry.id,
      urlOf(entry),
      ...columns.map((column) => formatValue(directory, column.field, valueAt(entry.data, column.key))),
      ...(withRelation ? [relation ? hubRelationText(directory, relation) : ''] : []),
    ];
  });
  return { header, rows };
}
