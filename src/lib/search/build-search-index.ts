import type { Directory, DirectoryEntry, LocalizedEntry } from '../content/directory.ts';
import { fallbackLang, localize } from '../content/directory.ts';
import { placesOf } from '../entry-places.ts';
import { cooperationFacet } from '../hub-relation.ts';
import { upcomingIntervals, weekTable, type HoursRegion } from '../opening-hours.ts';
import { languageName, termLabel } from '../vocabulary.ts';
import type { Locale } from '../../schema/site-config.ts';
import type { SynonymGroup } from '../../schema/vocabularies.ts';
import { normalizeText, stopWords, tokenizeNormalized, wordsOf } from './normalize-text.ts';
import { searchFieldsOf, valuesAt, vocabularyFieldsOf } from './search-fields.ts';
import { facetVocabularies, type HoursTable, type SearchDoc, type SearchIndex } from './search-index-types.ts';

/** How far ahead holiday exceptions of opening hours are computed. */
const exceptionDays = 60;

interface BuildOptions {
  directory: Directory;
  locale: Locale;
  /** Intl locale of `locale`, for language names. */
  intlLocale: string;
  /** Label of one entry of each collection, in `locale` (UI strings `kindOne.*`). */
  kindLabels: Record<string, string>;
}

/** Words that matter for search: normalized, without stop words and single letters. */
function meaningfulWords(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length > 1 && !stopWords.has(word)) words.add(word);
  return [...words];
}

/** Text words kept per entry: the rarest ones (measured: more words grow the index, not recall). */
const textWordCap = 16;

/** The `cap` words of a list used by the fewest entries, in their original order. */
function rarest(words: string[], frequency: ReadonlyMap<string, number>, cap: number): string[] {
  if (words.length <= cap) return words;
  const keep = new Set([...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0)).slice(0, cap));
  return words.filter((word) => keep.has(word));
}

/** Synonym groups as normalized words per term (stop words dropped, as in queries). */
export function normalizeSynonyms(groups: readonly SynonymGroup[]): string[][][] {
  return groups
    .map((group) =>
      group.terms
        .map((term) =>
          tokenizeNormalized(normalizeText(term))
            .map((token) => token.word)
            .filter((word) => !stopWords.has(word)),
        )
        .filter((words, index, all) => words.length > 0 && all.findIndex((other) => other.join(' ') === words.join(' ')) === index),
    )
    .filter((terms) => terms.length > 1);
}

/** Texts of one search role of an entry, in the entry's language, with references resolved. */
function textsOf(directory: Directory, entry: LocalizedEntry, role: 'title' | 'keywords' | 'text', intlLocale: string): string[] {
  const texts: string[] = [];
  for (const field of searchFieldsOf(entry.collection)) {
    if (field.role !== role) continue;
    for (const value of valuesAt(entry.localized, field.path)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const id = String(value);
      if (field.ref) {
        const target = directory.byId.get(id);
        if (!target) continue;
        const localized = localize(target, entry.locale);
        texts.push(String(localized.localized['title' as never] ?? ''));
        const short = (target.data as Record<string, unknown>)['shortName'];
        if (typeof short === 'string') texts.push(short);
      } else if (field.vocabulary) {
        const label = termLabel(directory.vocabularies, field.vocabulary, id, entry.locale, intlLocale).text;
        texts.push(label);
        if (entry.locale !== 'de') {
          texts.push(
            field.vocabulary === 'languages'
              ? languageName(id, 'de')
              : termLabel(directory.vocabularies, field.vocabulary, id, 'de', 'de').text,
          );
        }
      } else {
        texts.push(id);
      }
    }
  }
  return texts.filter((text) => text.trim() !== '');
}

function compactDay(intervals: { from: string; to: string }[] | [string, string][]): string {
  return intervals
    .map((interval): [string, string] => (Array.isArray(interval) ? interval : [interval.from, interval.to]))
    .map(([from, to]) => `${from.replace(':', '')}-${to.replace(':', '')}`)
    .join(',');
}

/** Regular week and upcoming exceptions of an opening-hours rule, compact for the browser. */
export function hoursTable(rule: string, region: HoursRegion, today: string, appointmentOnly: boolean): HoursTable {
  const week = weekTable(rule, region, today).map(compactDay);
  const upcoming = upcomingIntervals(rule, region, today, exceptionDays);
  const exceptions: Record<string, string> = {};
  const start = new Date(`${today}T12:00:00Z`);
  for (let offset = 0; offset < exceptionDays; offset++) {
    const day = new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
    const actual = compactDay(upcoming[day] ?? []);
    if (actual !== week[weekday]) exceptions[day] = actual;
  }
  return { w: week, ...(Object.keys(exceptions).length > 0 ? { x: exceptions } : {}), ...(appointmentOnly ? { ap: 1 as const } : {}) };
}

/**
 * Build the search index of one language from the directory. Which fields are searched comes
 * from the schemas (FieldMeta `search`); facets come from the vocabulary fields named in
 * `facetVocabularies`. Entries without a translation are indexed with their German text.
 */
export function buildSearchIndex(options: BuildOptions): SearchIndex {
  const { directory, locale, intlLocale } = options;
  const region = { state: directory.site.state };
  const hours: HoursTable[] = [];
  const hoursKeys = new Map<string, number>();
  const hoursIndex = (rule: string, appointmentOnly: boolean): number => {
    const key = `${appointmentOnly ? 1 : 0}|${rule}`;
    let index = hoursKeys.get(key);
    if (index === undefined) {
      index = hours.push(hoursTable(rule, region, directory.today, appointmentOnly)) - 1;
      hoursKeys.set(key, index);
    }
    return index;
  };

  // How many entries use each text word: common words ("beratung", "musterstadt") say little
  // about one entry, and the index must stay small on a phone.
  const frequency = new Map<string, number>();
  for (const entry of directory.entries) {
    for (const word of meaningfulWords(textsOf(directory, localize(entry, locale), 'text', intlLocale)))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }

  const docs = directory.entries.map((entry: DirectoryEntry): SearchDoc => {
    const localized = localize(entry, locale);
    const data = localized.localized as Record<string, unknown>;
    const title = textsOf(directory, localized, 'title', intlLocale).join(' – ');
    const titleWords = new Set(meaningfulWords([title]));
    const keywords = meaningfulWords(textsOf(directory, localized, 'keywords', intlLocale)).filter((word) => !titleWords.has(word));
    const shown = new Set([...titleWords, ...keywords]);
    const text = rarest(
      meaningfulWords(textsOf(directory, localized, 'text', intlLocale)).filter((word) => !shown.has(word)),
      frequency,
      textWordCap,
    );
    const doc: SearchDoc = { id: entry.id, c: entry.collection, t: title };
    if (fallbackLang(localized, 'title')) doc.tl = 'de';
    if (keywords.length > 0) doc.k = keywords.join(' ');
    if (text.length > 0) doc.x = text.join(' ');
    if (locale !== 'de') {
      const german = localize(entry, 'de');
      const germanWords = meaningfulWords([
        ...textsOf(directory, german, 'title', 'de'),
        ...textsOf(directory, german, 'keywords', 'de'),
      ]).filter((word) => !shown.has(word));
      if (germanWords.length > 0) doc.g = germanWords.join(' ');
    }

    const facets: Record<string, string[]> = {};
    const add = (vocabulary: string, values: unknown) => {
      const list = (Array.isArray(values) ? values : values === undefined || values === null ? [] : [values]).map(String);
      if (list.length === 0) return;
      facets[vocabulary] = [...new Set([...(facets[vocabulary] ?? []), ...list])];
    };
    for (const vocabulary of facetVocabularies) {
      // Cooperation with the immigration office follows one rule (src/lib/hub-relation.ts), not a field.
      if (vocabulary === 'cooperation-levels') continue;
      for (const key of vocabularyFieldsOf(entry.collection, vocabulary)) add(vocabulary, data[key]);
    }
    const { places } = placesOf(directory, localized);
    add('districts', places.map((place) => (place['address'] as { district?: string }).district).filter(Boolean));
    add('cooperation-levels', cooperationFacet(directory, entry));
    if (Object.keys(facets).length > 0) doc.f = facets;

    const ageMin = typeof data['ageMin'] === 'number' ? data['ageMin'] : null;
    const ageMax = typeof data['ageMax'] === 'number' ? data['ageMax'] : null;
    if (ageMin !== null || ageMax !== null) doc.a = [ageMin, ageMax];

    const ownRule = typeof data['openingHours'] === 'string' ? data['openingHours'] : undefined;
    const tables =
      places.length > 0
        ? places.flatMap((place) => {
            const rule = ownRule ?? (typeof place['openingHours'] === 'string' ? place['openingHours'] : undefined);
            return rule ? [hoursIndex(rule, place['appointmentOnly'] === true)] : [];
          })
        : ownRule
          ? [hoursIndex(ownRule, false)]
          : [];
    if (tables.length > 0) doc.h = [...new Set(tables)];
    return doc;
  });

  const labelsOf = (vocabulary: string) =>
    Object.fromEntries(
      (directory.vocabularies[vocabulary] ?? []).map((term) => [
        term.id,
        termLabel(directory.vocabularies, vocabulary, term.id, locale, intlLocale).text,
      ]),
    );

  return {
    version: 1,
    locale,
    timeZone: directory.site.timeZone,
    built: directory.today,
    synonyms: normalizeSynonyms((directory.vocabularies['synonyms'] ?? []) as unknown as SynonymGroup[]),
    labels: { kinds: options.kindLabels, topics: labelsOf('topics'), districts: labelsOf('districts') },
    hours,
    docs,
  };
}
