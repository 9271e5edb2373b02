import { collections, type CollectionName } from '#src/schema/index.ts';
import { stableStringify } from '../hash.ts';
import { sourceFingerprint, translatableValues } from '../schema/translation.ts';

/**
 * What the CMS writes when an editor saves an entry (run in Decap's `preSave` event, in the
 * browser). Decap hands over the German data and one data object per language; this module
 * decides what ends up in the files:
 *
 * - empty values Decap leaves behind ("", [], {}) are removed, so an optional field that was
 *   cleared is missing instead of invalid;
 * - a translation keeps only translatable fields (shared fields live in the German file only,
 *   so "copy from German" cannot smuggle them in);
 * - a translation changed in this editing session is stamped with the fingerprint of the German
 *   text it was made from (`translation.source`), which makes it "current";
 * - a language without any translated text gets no file at all.
 */

type Data = Record<string, unknown>;

/** Name of the Markdown body in Decap's data (journeys, pages). */
const bodyKey = 'body';

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * Remove empty values, recursively; trim text. Items of lists keep their position (a
 * translation is matched to the German list item by item), so an emptied object in a list
 * stays `{}`; only empty lines and trailing empty items are dropped.
 * @returns the cleaned value, or undefined when nothing is left
 */
export function pruneEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value
      .map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? (pruneEmpty(item) ?? {}) : pruneEmpty(item)))
      .filter((item) => item !== undefined);
    while (items.length > 0 && isEmptyValue(items[items.length - 1])) items.pop();
    return items.length === 0 ? undefined : items;
  }
  if (value !== null && typeof value === 'object') {
    const result: Data = {};
    for (const [key, item] of Object.entries(value as Data)) {
      const cleaned = pruneEmpty(item);
      if (cleaned !== undefined) result[key] = cleaned;
    }
    return Object.keys(result).length === 0 ? undefined : result;
  }
  return value === null ? undefined : value;
}

/** Bookkeeping of a translation file. */
interface TranslationStamp {
  source: string;
  machine?: boolean;
}

/** One entry as Decap holds it: German data and, per language, the data of its translation. */
interface EntryToSave {
  collection: CollectionName;
  german: Data;
  /** Data per language as the editor left it (undefined: no data for this language). */
  translations: Record<string, Data | undefined>;
  /**
   * Data per language as it was when the translator opened that language (undefined: the
   * language was not opened in this editing session, so it cannot have been edited).
   */
  openedAs: Record<string, Data | undefined>;
}

interface PreparedSave {
  german: Data;
  /** Data to write per language; undefined = write no file for this language. */
  translations: Record<string, Data | undefined>;
  /** Fingerprint of the German text saved now. */
  fingerprint: string;
  /** Languages whose translation was stamped as current in this save. */
  stamped: string[];
}

function withoutKeys(data: Data, keys: string[]): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}

/** German data without the body, and the body (MDX collections only). */
function splitBody(collection: CollectionName, data: Data): { fields: Data; body: string | undefined } {
  if (collections[collection].format !== 'mdx') return { fields: data, body: undefined };
  const body = typeof data[bodyKey] === 'string' ? (data[bodyKey] as string) : '';
  return { fields: withoutKeys(data, [bodyKey]), body };
}

/** The translated text of a language's data: translatable fields only, no bookkeeping, cleaned. */
function translatedText(collection: CollectionName, data: Data | undefined): Data | undefined {
  if (!data) return undefined;
  const { fields, body } = splitBody(collection, withoutKeys(data, ['translation']));
  const texts = (translatableValues(collections[collection].schema, fields) ?? {}) as Data;
  const result = pruneEmpty(body === undefined ? texts : { ...texts, [bodyKey]: body }) as Data | undefined;
  return result;
}

function stampOf(data: Data | undefined): TranslationStamp | undefined {
  const stamp = data?.['translation'];
  if (!stamp || typeof stamp !== 'object') return undefined;
  const { source, machine } = stamp as { source?: unknown; machine?: unknown };
  if (typeof source !== 'string') return undefined;
  return machine === true ? { source, machine: true } : { source };
}

/** Fingerprint of German data as Decap holds it (body included for MDX collections). */
export function germanFingerprint(collection: CollectionName, german: Data): string {
  const { fields, body } = splitBody(collection, german);
  return sourceFingerprint(collections[collection].schema, pruneEmpty(fields) ?? {}, body);
}

/** Decide what to write for an entry and all its translations. */
export function prepareSave(entry: EntryToSave): PreparedSave {
  const { collection } = entry;
  const german = (pruneEmpty(withoutKeys(entry.german, ['translation'])) ?? {}) as Data;
  const fingerprint = germanFingerprint(collection, german);
  const translations: Record<string, Data | undefined> = {};
  const stamped: string[] = [];
  for (const [locale, data] of Object.entries(entry.translations)) {
    const text = translatedText(collection, data);
    if (!text) {
      translations[locale] = undefined;
      continue;
    }
    const opened = entry.openedAs[locale];
    const edited = opened !== undefined && stableStringify(translatedText(collection, opened) ?? {}) !== stableStringify(text);
    // A translator who reviewed a machine translation and changed it makes it a human one.
    const stamp = edited ? { source: fingerprint } : stampOf(data);
    if (edited) stamped.push(locale);
    translations[locale] = stamp ? { ...text, translation: stamp } : text;
  }
  return { german, translations, fingerprint, stamped };
}

/** State of a translation for the translator: current, outdated or not there yet. */
export function translationState(
  collection: CollectionName,
  german: Data,
  translation: Data | undefined,
): 'current' | 'outdated' | 'missing' | 'unstamped' {
  if (!translatedText(collection, translation)) return 'missing';
  const stamp = stampOf(translation);
  if (!stamp) return 'unstamped';
  return stamp.source === germanFingerprint(collection, german) ? 'current' : 'outdated';
}
