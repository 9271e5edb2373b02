import type { Directory, DirectoryEntry, LocalizedEntry } from '../content/directory.ts';
import { fallbackLang, isEntryOf, localize } from '../content/directory.ts';
import { districtCondition } from '../eligibility.ts';
import { placesOf } from '../entry-places.ts';
import { hoursAt } from '../hours-at.ts';
import { openStatusDays } from '../open-status.ts';
import { isReferralTarget } from '../referral/referral-target.ts';
import { cooperationFacet } from '../hub-relation.ts';
import { upcomingIntervals, weekTable, type HoursRegion } from '../opening-hours.ts';
import { languageName, termLabel } from '../vocabulary.ts';
import type { Locale } from '#src/schema/site-config.ts';
import type { SynonymGroup } from '#src/schema/vocabularies.ts';
import type { Translate } from '#src/i18n/translate.ts';
import { meaningfulWords, normalizeText, stopWords, tokenizeNormalized } from './normalize-text.ts';
import { facetFieldsOf, searchFieldsOf, valuesAt, type FacetField, type SearchField } from './search-fields.ts';
import { commonWords, kindWordsOf, pageRoleWordsOf, siteToolDocs } from './site-search-docs.ts';
import { facetNames, summaryLineLength, type HoursTable, type SearchDoc, type SearchIndex } from './search-index-types.ts';
import { translationMarks } from '../translation-marks.ts';

/**
 * How far ahead holiday exceptions of opening hours are computed: as far as the entry pages
 * know the hours, so a result card and the entry page give the same answer.
 */
const exceptionDays = openStatusDays;

/** A text cut to one line of a result card: at a word boundary, ending in "…". */
export function summaryLine(text: string, max = summaryLineLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

interface BuildOptions {
  directory: Directory;
  locale: Locale;
  /** Intl locale of `locale`, for language names. */
  intlLocale: string;
  /** Label of one entry of each collection, in `locale` (UI strings `kindOne.*`). */
  kindLabels: Record<string, string>;
  /**
   * UI strings of `locale` and German. The site's own publications and tools, the words that
   * name each kind and the other languages' names of the required pages come from them;
   * without, the index holds the entries only.
   */
  strings?: { t: Translate; german: Translate };
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
function textsOf(directory: Directory, entry: LocalizedEntry, role: SearchField['role'], intlLocale: string): string[] {
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
        texts.push(localized.localized.title);
        const short = 'shortName' in target.data ? target.data.shortName : undefined;
        if (short !== undefined) texts.push(short);
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

  const roleWords = options.strings
    ? pageRoleWordsOf(directory, options.strings, locale)
    : new Map<string, { own: string[]; german: string[] }>();
  const docs = directory.entries.map((entry: DirectoryEntry): SearchDoc => {
    const localized = localize(entry, locale);
    const data = localized.localized;
    const title = textsOf(directory, localized, 'title', intlLocale).join(' – ');
    const titleWords = new Set(meaningfulWords([title]));
    // A required page's everyday name in each language ("Datenschutz", "privacy") names it too.
    const role = roleWords.get(entry.id);
    const names = [...textsOf(directory, localized, 'name', intlLocale), role?.own[0] ?? '', role?.german[0] ?? '']
      .map((name) => meaningfulWords([name]).join(' '))
      .filter((name, position, all) => name !== '' && all.indexOf(name) === position);
    const nameWords = new Set(names.flatMap((name) => name.split(' ')));
    const keywords = meaningfulWords([...textsOf(directory, localized, 'keywords', intlLocale), ...(role?.own ?? [])]).filter(
      (word) => !titleWords.has(word) && !nameWords.has(word),
    );
    const shown = new Set([...titleWords, ...nameWords, ...keywords]);
    const text = rarest(
      meaningfulWords(textsOf(directory, localized, 'text', intlLocale)).filter((word) => !shown.has(word)),
      frequency,
      textWordCap,
    );
    const doc: SearchDoc = { id: entry.id, c: entry.collection, t: title };
    if (fallbackLang(localized, 'title')) doc.tl = 'de';
    const summary = summaryLine(data.summary);
    if (summary) doc.s = summary;
    if (summary && fallbackLang(localized, 'summary')) doc.sl = 'de';
    if (translationMarks(localized).machine) doc.m = 1;
    if (isEntryOf(entry, 'services')) doc.fr = entry.data.free ? 1 : 0;
    if (isReferralTarget(entry)) doc.r = 1;
    if (names.length > 0) doc.n = names.join('|');
    if (keywords.length > 0) doc.k = keywords.join(' ');
    if (text.length > 0) doc.x = text.join(' ');
    if (locale !== 'de') {
      const german = localize(entry, 'de');
      const germanWords = meaningfulWords([
        ...textsOf(directory, german, 'title', 'de'),
        ...textsOf(directory, german, 'name', 'de'),
        ...textsOf(directory, german, 'keywords', 'de'),
        ...(role?.german ?? []),
      ]).filter((word) => !shown.has(word));
      if (germanWords.length > 0) doc.g = germanWords.join(' ');
    }

    const facets: Record<string, string[]> = {};
    const add = (vocabulary: string, values: readonly string[]) => {
      if (values.length === 0) return;
      facets[vocabulary] = [...new Set([...(facets[vocabulary] ?? []), ...values])];
    };
    const unconditional: string[] = [];
    const { places } = placesOf(directory, localized);
    for (const facet of facetNames) {
      // Cooperation with the immigration office follows one rule (src/lib/hub-relation.ts), not a field.
      if (facet === 'cooperation-levels') continue;
      // Fields found by walking the schema: read generically, as the schema describes them.
      const fields = facetFieldsOf(entry.collection, facet);
      const valuesOf = (list: FacetField[]) => list.flatMap((field) => valuesAt(data, [field.key]).map(String));
      if (facet === 'districts') {
        // The districts it serves where it names them (whole city when none), else where it is
        // active or its places lie: one rule with the finder (src/lib/eligibility.ts).
        const served = fields.filter((field) => field.emptyMeansAll);
        const located = [
          ...valuesOf(fields.filter((field) => !field.emptyMeansAll)),
          ...places.flatMap((place) => (place.address.district ? [place.address.district] : [])),
        ];
        const condition = districtCondition(served.length > 0 ? valuesOf(served) : undefined, located);
        add(facet, condition.districts);
        if (condition.everywhere) unconditional.push(facet);
        continue;
      }
      for (const field of fields) {
        const values = valuesOf([field]);
        add(facet, values);
        if (field.emptyMeansAll && values.length === 0) unconditional.push(facet);
      }
    }
    add('cooperation-levels', cooperationFacet(directory, entry));
    if (Object.keys(facets).length > 0) doc.f = facets;
    const open = [...new Set(unconditional)].filter((facet) => !facets[facet]?.length);
    if (open.length > 0) doc.u = open;

    const ageMin = ('ageMin' in data ? data.ageMin : undefined) ?? null;
    const ageMax = ('ageMax' in data ? data.ageMax : undefined) ?? null;
    if (ageMin !== null || ageMax !== null) doc.a = [ageMin, ageMax];

    const ownRule = hoursAt(data);
    const tables =
      places.length > 0
        ? places.flatMap((place) => {
            const rule = hoursAt(data, place);
            return rule ? [hoursIndex(rule, place.appointmentOnly)] : [];
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

  if (options.strings) docs.push(...siteToolDocs(options.strings, locale));
  const kindWords = options.strings ? kindWordsOf(options.strings, [...new Set(docs.map((doc) => doc.c))], locale) : undefined;
  const common = commonWords(
    docs,
    directory.entries.map((entry) => {
      const localized = localize(entry, locale);
      return (['title', 'name', 'keywords', 'text'] as const).flatMap((role) => textsOf(directory, localized, role, intlLocale));
    }),
  );

  return {
    version: 1,
    locale,
    timeZone: directory.site.timeZone,
    built: directory.today,
    synonyms: normalizeSynonyms((directory.vocabularies['synonyms'] ?? []) as unknown as SynonymGroup[]),
    ...(kindWords ? { kindWords } : {}),
    ...(Object.keys(common).length > 0 ? { common } : {}),
    labels: {
      kinds: options.kindLabels,
      topics: labelsOf('topics'),
      districts: labelsOf('districts'),
      languages: Object.fromEntries(
        [...new Set(docs.flatMap((doc) => doc.f?.['languages'] ?? []))].map((id) => [
          id,
          termLabel(directory.vocabularies, 'languages', id, locale, intlLocale).text,
        ]),
      ),
    },
    hours,
    docs,
  };
}
