import { collections, type CollectionName, type EntryData, type Locale, type SiteConfig } from '#src/schema/index.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';
import { memoize } from '../memoize.ts';
import { stripInternal } from '../schema/strip-internal.ts';
import { mergeTranslation, sourceFingerprint } from '../schema/translation.ts';
import type { ContentEntry, ContentTranslation, Vocabularies } from './validate-content.ts';
import { isInternal, translationMeta } from './shared-fields.ts';

export type Edition = 'public' | 'internal';

/** One published entry of collection `C` (see `DirectoryEntry`). */
interface EntryOf<C extends CollectionName> {
  collection: C;
  id: string;
  file: string;
  /** German data (the source); internal fields removed in the public edition. */
  data: EntryData<C>;
  /** German MDX body (journeys, pages). */
  body?: string;
  translations: Partial<Record<Locale, ContentTranslation>>;
  /** Fingerprint of the German texts; a translation stamped differently is outdated. */
  sourceFingerprint: string;
}

/**
 * One published entry with everything needed to show it in any language. Without a type
 * argument it is the union of every collection's entry, discriminated by `collection`:
 * `entry.collection === 'services'` (or `isEntryOf`) gives `entry.data` the services' type.
 */
export type DirectoryEntry<C extends CollectionName = CollectionName> = { [K in C]: EntryOf<K> }[C];

/** State of an entry's translation into one language. */
export type TranslationState = 'source' | 'current' | 'outdated' | 'missing';

/** An entry of collection `C` in one language (see `LocalizedEntry`). */
interface LocalizedEntryOf<C extends CollectionName> extends EntryOf<C> {
  locale: Locale;
  /** Merged data: translated where available, German otherwise. */
  localized: EntryData<C>;
  /** Translatable fields shown in German, as dotted paths ("summary", "steps.1.text"). */
  fallback: string[];
  state: TranslationState;
  machine: boolean;
  /** Body in the page language, or German when there is no translated body. */
  localizedBody?: string;
  bodyLocale: Locale;
}

/** An entry as shown in one language; like `DirectoryEntry`, a union discriminated by `collection`. */
export type LocalizedEntry<C extends CollectionName = CollectionName> = { [K in C]: LocalizedEntryOf<K> }[C];

/** A reference from one entry to another, for "related" lists and backlinks. */
interface Backlink {
  from: DirectoryEntry;
  /** Top-level field of `from` holding the reference, e.g. "members". */
  field: string;
}

export interface Directory {
  site: SiteConfig;
  edition: Edition;
  /** The build date ("today") as YYYY-MM-DD in the municipality's time zone. */
  today: string;
  vocabularies: Vocabularies;
  /** Published entries, in German alphabetical order of their titles. */
  entries: DirectoryEntry[];
  /** Projects past their end date: off the public pages, kept in the archive list. */
  archived: DirectoryEntry<'projects'>[];
  byId: Map<string, DirectoryEntry>;
  /** Entries pointing at an id, by any reference field. */
  backlinks: Map<string, Backlink[]>;
}

const fieldCache = new Map<CollectionName, FieldInfo[]>();
function fieldsOf(collection: CollectionName): FieldInfo[] {
  let fields = fieldCache.get(collection);
  if (!fields) fieldCache.set(collection, (fields = describeObject(collections[collection].schema)));
  return fields;
}

/** Ids an entry refers to, per top-level field (references at any depth count). */
export function referencesOf(entry: { collection: CollectionName; data: unknown }): { field: string; id: string }[] {
  const found: { field: string; id: string }[] = [];
  const visit = (fields: FieldInfo[], data: unknown, top: string | undefined) => {
    if (!data || typeof data !== 'object') return;
    for (const field of fields) {
      const value = (data as Record<string, unknown>)[field.key];
      if (value === undefined || value === null) continue;
      const topField = top ?? field.key;
      if (field.meta?.ref) {
        for (const id of Array.isArray(value) ? value : [value]) found.push({ field: topField, id: String(id) });
      } else if (field.type === 'object' && field.fields) {
        visit(field.fields, value, topField);
      } else if (field.type === 'array' && field.item?.fields && Array.isArray(value)) {
        for (const item of value) visit(field.item.fields, item, topField);
      }
    }
  };
  visit(fieldsOf(entry.collection), entry.data, undefined);
  return found;
}

/**
 * Build the directory the site, the exports and the reports are made from: apply the edition
 * (the public one drops internal entries and fields), move ended projects to the archive,
 * attach translations and index references.
 */
export function buildDirectory(input: {
  site: SiteConfig;
  entries: ContentEntry[];
  translations: ContentTranslation[];
  vocabularies: Vocabularies;
  edition: Edition;
  today: string;
}): Directory {
  const { site, edition, today } = input;
  const isPublic = edition === 'public';
  const visible = input.entries.filter((entry) => !isPublic || !isInternal(entry));
  const translationsById = new Map<string, ContentTranslation[]>();
  for (const translation of input.translations) {
    const list = translationsById.get(translation.id) ?? [];
    list.push(translation);
    translationsById.set(translation.id, list);
  }

  const all = visible
    .map((entry): DirectoryEntry => {
      const schema = collections[entry.collection].schema;
      const translations: Partial<Record<Locale, ContentTranslation>> = {};
      for (const translation of translationsById.get(entry.id) ?? []) {
        translations[translation.locale as Locale] = isPublic
          ? { ...translation, data: stripInternal(schema, translation.data) }
          : translation;
      }
      // The data passed the schema of `entry.collection`, so collection and data agree.
      return {
        collection: entry.collection,
        id: entry.id,
        file: entry.file,
        data: isPublic ? stripInternal(schema, entry.data) : entry.data,
        ...(entry.body !== undefined ? { body: entry.body } : {}),
        translations,
        // Fingerprint the full German text, so internal fields count for outdated translations too.
        sourceFingerprint: sourceFingerprint(schema, entry.data, entry.body),
      } as DirectoryEntry;
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'de'));

  const hasEnded = (entry: DirectoryEntry): entry is DirectoryEntry<'projects'> =>
    isEntryOf(entry, 'projects') && entry.data.end !== undefined && entry.data.end < today;
  const entries = all.filter((entry) => !hasEnded(entry));
  const archived = all.filter(hasEnded);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    for (const { field, id } of referencesOf(entry)) {
      if (!byId.has(id)) continue;
      const list = backlinks.get(id) ?? [];
      if (!list.some((link) => link.from === entry && link.field === field)) list.push({ from: entry, field });
      backlinks.set(id, list);
    }
  }

  return { site, edition, today, vocabularies: input.vocabularies, entries, archived, byId, backlinks };
}

// Pages localize the same entries many times (cards, related lists); merging is pure, so
// each entry is merged once per language.
const localized = new WeakMap<object, Map<Locale, object>>();

/** An entry in one language, with German where a translation is missing, and its state. */
export function localize<C extends CollectionName>(
  entry: DirectoryEntry<C>,
  locale: Locale,
  sourceLocale: Locale = 'de',
): LocalizedEntry<C> {
  let byLocale = localized.get(entry);
  if (!byLocale) localized.set(entry, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached as LocalizedEntry<C>;
  const result = localizeUncached(entry, locale, sourceLocale);
  byLocale.set(locale, result);
  return result;
}

function localizeUncached<C extends CollectionName>(
  entry: DirectoryEntry<C>,
  locale: Locale,
  sourceLocale: Locale,
): LocalizedEntry<C> {
  if (locale === sourceLocale) {
    return {
      ...entry,
      locale,
      localized: entry.data,
      fallback: [],
      state: 'source',
      machine: false,
      ...(entry.body !== undefined ? { localizedBody: entry.body } : {}),
      bodyLocale: sourceLocale,
    };
  }
  const translation = entry.translations[locale];
  const schema = collections[entry.collection].schema;
  const merged = mergeTranslation(schema, entry.data, translation?.data);
  const meta = translationMeta(translation);
  const hasBody = translation?.body !== undefined && translation.body.trim() !== '';
  const state: TranslationState = !translation
    ? 'missing'
    : meta?.source === entry.sourceFingerprint
      ? 'current'
      : 'outdated';
  return {
    ...entry,
    locale,
    localized: merged.data,
    fallback: merged.fallback,
    state,
    machine: meta?.machine === true,
    ...(entry.body !== undefined ? { localizedBody: hasBody ? translation?.body : entry.body } : {}),
    bodyLocale: hasBody ? locale : sourceLocale,
  };
}

/** True when the entry belongs to `collection`, so its data has that collection's type. */
export function isEntryOf<C extends CollectionName, E extends DirectoryEntry>(
  entry: E | undefined,
  collection: C,
): entry is E & DirectoryEntry<C> {
  return entry?.collection === collection;
}

/** The topics (Handlungsfelder) of an entry; site pages have none. */
export function topicsOf(entry: DirectoryEntry): readonly string[] {
  return entry.collection === 'pages' ? [] : entry.data.topics;
}

// Pages ask for a collection's entries many times per build: each list is made once.
const collectionEntries = memoize((directory: Directory, collection: CollectionName): readonly DirectoryEntry[] =>
  Object.freeze(directory.entries.filter((entry) => entry.collection === collection)),
);

/** Published entries of one collection (shared by the whole build: copy before sorting). */
export function entriesOf<C extends CollectionName>(directory: Directory, collection: C): readonly DirectoryEntry<C>[] {
  return collectionEntries(directory, collection) as readonly DirectoryEntry<C>[];
}

/**
 * `lang` attribute for a translatable field: the source language when the field falls back to
 * German, otherwise undefined (the page language applies).
 */
export function fallbackLang(entry: LocalizedEntry, path: string, sourceLocale = 'de'): string | undefined {
  return entry.fallback.includes(path) ? sourceLocale : undefined;
}

/** An entry's title in a language, with `lang` set when it falls back to the German title. */
export function localizedTitle(entry: DirectoryEntry, locale: Locale): { text: string; lang: string | undefined } {
  const localized = localize(entry, locale);
  return { text: String(localized.localized.title), lang: fallbackLang(localized, 'title') };
}

/** The title of the entry with this id (see localizedTitle), or the id itself for an unknown one. */
export function titleById(directory: Directory, id: string, locale: Locale): { text: string; lang: string | undefined } {
  const entry = directory.byId.get(id);
  return entry ? localizedTitle(entry, locale) : { text: id, lang: undefined };
}
