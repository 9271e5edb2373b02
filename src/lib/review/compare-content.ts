import type { z } from 'astro/zod';
import { collections, vocabularyLabels, vocabularyNames, vocabularySchemas, type CollectionName } from '#src/schema/index.ts';
import { referencesOf } from '../content/directory.ts';
import type { ContentEntry, ContentTranslation } from '../content/validate-content.ts';
import { stableStringify } from '../hash.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';
import { sourceFingerprint } from '../schema/translation.ts';
import { entryTitle, translationMeta } from '../content/shared-fields.ts';

/**
 * What changed in the content between two versions, in words for the review of a change
 * (pull/merge request). Pure: both versions come in as validated content.
 */

/** One changed entry with its changes in plain German. */
interface EntryChange {
  collection: CollectionName;
  id: string;
  title: string;
  kind: 'added' | 'changed' | 'removed';
  /** One sentence per changed field (empty for added and removed entries). */
  details: string[];
}

interface TranslationChange {
  collection: CollectionName;
  id: string;
  title: string;
  locale: string;
  kind: 'added' | 'changed' | 'removed';
  /** State after the change: current (matches the German text) or outdated. */
  state: 'current' | 'outdated' | 'removed';
}

/** One added, changed or removed term of a vocabulary (topics, synonyms, …). */
interface TermChange {
  vocabulary: string;
  /** German name of the vocabulary, e.g. "Themen". */
  vocabularyLabel: string;
  id: string;
  /** German label of the term, else its id. */
  title: string;
  kind: 'added' | 'changed' | 'removed';
  /** One sentence per changed field (empty for added and removed terms). */
  details: string[];
}

export interface ReviewReport {
  entries: EntryChange[];
  /** Vocabulary terms added, changed or removed. */
  terms: TermChange[];
  translations: TranslationChange[];
  /** Translations that were current before and are outdated now (the German text changed). */
  outdated: { collection: CollectionName; id: string; title: string; locales: string[] }[];
  /** References that point nowhere now and did not before. */
  danglingReferences: { collection: CollectionName; id: string; title: string; field: string; target: string }[];
}

type Data = Record<string, unknown>;

/** One version of the content: German entries and translations (valid or not). */
export interface ContentVersion {
  entries: ContentEntry[];
  translations: ContentTranslation[];
  /** Terms per vocabulary as written in the files (valid or not); absent: not compared. */
  vocabularies?: Record<string, Data[]>;
}

const fieldCache = new Map<CollectionName, FieldInfo[]>();
function fieldsOf(collection: CollectionName): FieldInfo[] {
  let fields = fieldCache.get(collection);
  if (!fields) fieldCache.set(collection, (fields = describeObject(collections[collection].schema)));
  return fields;
}

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A value in words, shortened for a one-line report. */
function showValue(value: unknown): string {
  let text: string;
  if (typeof value === 'boolean') text = value ? 'ja' : 'nein';
  else if (Array.isArray(value))
    text = value.map((item) => (typeof item === 'object' && item !== null ? stableStringify(item) : String(item))).join(', ');
  else if (value !== null && typeof value === 'object') {
    text = Object.entries(value as Data)
      .map(([key, item]) => `${key}: ${typeof item === 'object' ? stableStringify(item) : String(item)}`)
      .join(', ');
  } else text = String(value);
  text = text.replace(/\s+/g, ' ').trim();
  return `„${text.length > 140 ? `${text.slice(0, 139)}…` : text}“`;
}

/** How a list item is named in a sentence: its name, title or text, else its position. */
function itemName(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const key of ['name', 'title', 'text', 'role', 'risk', 'value', 'start', 'id']) {
      const value = (item as Data)[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return `Nr. ${index + 1}`;
}

function diffFields(fields: FieldInfo[], before: Data, after: Data, title: string, where: string[], out: string[]): void {
  for (const field of fields) {
    const old = before[field.key];
    const now = after[field.key];
    if (same(old, now) || (isEmpty(old) && isEmpty(now))) continue;
    const label = field.meta?.label ?? field.key;
    const place = where.length > 0 ? ` (${where.join(', ')})` : '';
    if (field.type === 'object' && field.fields && old && now && typeof old === 'object' && typeof now === 'object') {
      diffFields(field.fields, old as Data, now as Data, title, where, out);
      continue;
    }
    if (field.type === 'array' && field.item?.fields && Array.isArray(old) && Array.isArray(now)) {
      // Items with an id (locations) are matched by id, others by position.
      const key = (item: unknown, index: number) =>
        item && typeof item === 'object' && typeof (item as Data)['id'] === 'string' ? `id:${(item as Data)['id']}` : `#${index}`;
      const oldItems = new Map(old.map((item, index) => [key(item, index), { item, index }]));
      const newItems = new Map(now.map((item, index) => [key(item, index), { item, index }]));
      for (const [itemKey, { item, index }] of newItems) {
        const previous = oldItems.get(itemKey);
        const name = itemName(item, index);
        if (!previous) out.push(`${label} von ${title}${place}: „${name}“ hinzugefügt`);
        else
          diffFields(field.item.fields, (previous.item ?? {}) as Data, (item ?? {}) as Data, title, [...where, `${label}: „${name}“`], out);
      }
      for (const [itemKey, { item, index }] of oldItems) {
        if (!newItems.has(itemKey)) out.push(`${label} von ${title}${place}: „${itemName(item, index)}“ entfernt`);
      }
      continue;
    }
    if (isEmpty(old)) out.push(`${label} von ${title}${place} ergänzt: ${showValue(now)}`);
    else if (isEmpty(now)) out.push(`${label} von ${title}${place} entfernt (war ${showValue(old)})`);
    else out.push(`${label} von ${title}${place} geändert: ${showValue(old)} → ${showValue(now)}`);
  }
}

/** The changed fields of an entry, one German sentence each. */
function describeEntryChanges(collection: CollectionName, before: ContentEntry, after: ContentEntry): string[] {
  const out: string[] = [];
  const title = entryTitle(after);
  diffFields(fieldsOf(collection), before.data, after.data, title, [], out);
  if ((before.body ?? '').trim() !== (after.body ?? '').trim()) out.push(`Text der Seite von ${title} geändert`);
  return out;
}

function translationStateOf(
  entry: ContentEntry | undefined,
  translation: ContentTranslation | undefined,
): 'current' | 'outdated' | undefined {
  if (!entry || !translation) return undefined;
  const stamp = translationMeta(translation).source;
  return stamp === sourceFingerprint(collections[entry.collection].schema, entry.data, entry.body) ? 'current' : 'outdated';
}

function danglingOf(content: ContentVersion): Set<string> {
  const ids = new Set(content.entries.map((entry) => entry.id));
  const result = new Set<string>();
  for (const entry of content.entries) {
    for (const { field, id } of referencesOf(entry)) {
      if (!ids.has(id)) result.add(`${entry.id}\u0000${field}\u0000${id}`);
    }
  }
  return result;
}

/** Added, removed and changed terms of every vocabulary, matched by id. */
function compareVocabularies(before: Record<string, Data[]>, after: Record<string, Data[]>): TermChange[] {
  const changes: TermChange[] = [];
  for (const name of vocabularyNames) {
    const vocabularyLabel = vocabularyLabels[name].label;
    const fields = describeObject(vocabularySchemas[name] as unknown as z.ZodObject);
    const byId = (terms: Data[] | undefined) => new Map((terms ?? []).map((term) => [String(term['id']), term]));
    const oldTerms = byId(before[name]);
    const newTerms = byId(after[name]);
    const titleOf = (term: Data) => {
      const label = (term['label'] as { de?: unknown } | undefined)?.de;
      return typeof label === 'string' ? label : String(term['id']);
    };
    const change = (term: Data, kind: TermChange['kind'], details: string[] = []): TermChange => ({
      vocabulary: name,
      vocabularyLabel,
      id: String(term['id']),
      title: titleOf(term),
      kind,
      details,
    });
    for (const [id, term] of newTerms) {
      const old = oldTerms.get(id);
      if (!old) changes.push(change(term, 'added'));
      else if (!same(old, term)) {
        const details: string[] = [];
        const title = titleOf(term);
        // Lists of words (synonyms) are long: name the words added and removed.
        const wordLists = fields.filter((field) => field.type === 'array' && !field.item?.fields);
        for (const field of wordLists) {
          const words = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
          const label = field.meta?.label ?? field.key;
          const added = words(term[field.key]).filter((word) => !words(old[field.key]).includes(word));
          const removed = words(old[field.key]).filter((word) => !words(term[field.key]).includes(word));
          if (added.length > 0) details.push(`${label} von ${title} ergänzt: ${added.map((word) => `„${word}“`).join(', ')}`);
          if (removed.length > 0) details.push(`${label} von ${title} entfernt: ${removed.map((word) => `„${word}“`).join(', ')}`);
        }
        diffFields(
          fields.filter((field) => !wordLists.includes(field)),
          old,
          term,
          title,
          [],
          details,
        );
        changes.push(change(term, 'changed', details));
      }
    }
    for (const [id, term] of oldTerms) if (!newTerms.has(id)) changes.push(change(term, 'removed'));
  }
  return changes;
}

/** Compare two versions of the content. */
export function compareContent(before: ContentVersion, after: ContentVersion): ReviewReport {
  const key = (item: { id: string }) => item.id;
  const oldEntries = new Map(before.entries.map((entry) => [key(entry), entry]));
  const newEntries = new Map(after.entries.map((entry) => [key(entry), entry]));
  const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title, 'de');

  const entries: EntryChange[] = [];
  for (const entry of newEntries.values()) {
    const old = oldEntries.get(entry.id);
    const title = entryTitle(entry);
    if (!old) entries.push({ collection: entry.collection, id: entry.id, title, kind: 'added', details: [] });
    else {
      const details = describeEntryChanges(entry.collection, old, entry);
      if (details.length > 0) entries.push({ collection: entry.collection, id: entry.id, title, kind: 'changed', details });
    }
  }
  for (const entry of oldEntries.values()) {
    if (!newEntries.has(entry.id))
      entries.push({ collection: entry.collection, id: entry.id, title: entryTitle(entry), kind: 'removed', details: [] });
  }
  entries.sort(byTitle);

  const tKey = (translation: ContentTranslation) => `${translation.id}/${translation.locale}`;
  const oldTranslations = new Map(before.translations.map((translation) => [tKey(translation), translation]));
  const newTranslations = new Map(after.translations.map((translation) => [tKey(translation), translation]));
  const translations: TranslationChange[] = [];
  for (const translation of newTranslations.values()) {
    const old = oldTranslations.get(tKey(translation));
    const entry = newEntries.get(translation.id);
    const title = entry ? entryTitle(entry) : translation.id;
    const state = translationStateOf(entry, translation) ?? 'outdated';
    if (!old)
      translations.push({
        collection: translation.collection,
        id: translation.id,
        title,
        locale: translation.locale,
        kind: 'added',
        state,
      });
    else if (!same(old.data, translation.data) || (old.body ?? '') !== (translation.body ?? '')) {
      translations.push({
        collection: translation.collection,
        id: translation.id,
        title,
        locale: translation.locale,
        kind: 'changed',
        state,
      });
    }
  }
  for (const translation of oldTranslations.values()) {
    if (!newTranslations.has(tKey(translation))) {
      const entry = oldEntries.get(translation.id);
      translations.push({
        collection: translation.collection,
        id: translation.id,
        title: entry ? entryTitle(entry) : translation.id,
        locale: translation.locale,
        kind: 'removed',
        state: 'removed',
      });
    }
  }
  translations.sort((a, b) => byTitle(a, b) || a.locale.localeCompare(b.locale));

  const outdatedById = new Map<string, { collection: CollectionName; id: string; title: string; locales: string[] }>();
  for (const translation of after.translations) {
    const entry = newEntries.get(translation.id);
    if (translationStateOf(entry, translation) !== 'outdated') continue;
    const previous = translationStateOf(oldEntries.get(translation.id), oldTranslations.get(tKey(translation)));
    if (previous !== 'current') continue;
    const item = outdatedById.get(translation.id) ?? {
      collection: translation.collection,
      id: translation.id,
      title: entry ? entryTitle(entry) : translation.id,
      locales: [],
    };
    item.locales.push(translation.locale);
    outdatedById.set(translation.id, item);
  }
  const outdated = [...outdatedById.values()].map((item) => ({ ...item, locales: item.locales.sort() })).sort(byTitle);

  const wasDangling = danglingOf(before);
  const danglingReferences = [...danglingOf(after)]
    .filter((item) => !wasDangling.has(item))
    .map((item) => {
      const [id = '', field = '', target = ''] = item.split('\u0000');
      const entry = newEntries.get(id);
      const label = entry ? (fieldsOf(entry.collection).find((info) => info.key === field)?.meta?.label ?? field) : field;
      return { collection: entry?.collection ?? 'organisations', id, title: entry ? entryTitle(entry) : id, field: label, target };
    })
    .sort(byTitle);

  const terms = before.vocabularies && after.vocabularies ? compareVocabularies(before.vocabularies, after.vocabularies) : [];
  return { entries, terms, translations, outdated, danglingReferences };
}
