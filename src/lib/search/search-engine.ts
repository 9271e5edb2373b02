import Fuse from 'fuse.js';
import { expandQuery, queryWords, similarWord, type Concept } from './expand-query.ts';
import { normalizeWithMap, stopWords, tokenizeNormalized } from './normalize-text.ts';
import { hasFilters, passesFilters, type SearchFilters } from './search-filters.ts';
import type { SearchDoc, SearchIndex } from './search-index-types.ts';

/**
 * The search engine that runs in the browser (and in Node for tests and benchmarks).
 *
 * fuse.js over whole entries costs ≈ 34 ms per query at 2,000 entries (measured, see
 * docs/search.md), twice the 16 ms budget. So fuse.js does the part it is good at, fuzzy
 * matching, on the one list where it is cheap: the distinct words of the index. Everything
 * else is a small inverted index:
 *
 * 1. Each query word is looked up as an exact word, then as a prefix (binary search over the
 *    sorted words), then inside compounds ("beratung" in "migrationsberatung"). Only when a
 *    word of 5+ letters has no exact or prefix match does fuse.js look for misspellings
 *    ("migrationsberatng"), and a split into two known words is tried ("deutschkurs").
 * 2. Matched words point at entries through posting lists; an entry's score per query word is
 *    the best (match quality × field weight). Match quality orders exact > prefix > compound >
 *    fuzzy so that exact and prefix matches outrank fuzzy ones whatever the field.
 * 3. Words are weighted by rarity (idf) and entries by how much of the query they cover. A
 *    word's rarity counts the entries the index has it for, or, for words the index keeps for
 *    few of the entries that use them (`SearchIndex.common`), the entries that use it: so
 *    "BAMF" weighs more than "Behörden".
 * 4. A query that names an entry, by its short name ("BAMF") or its whole title, lists it
 *    first; a query word that names a kind ("Beratung", "Verein", "PDF") counts as found in
 *    every entry of that kind and prefers those entries, without hiding the others; a number
 *    that can be an age counts as found in the entries for that age.
 *
 * Short words make noise (Integreat's complaint): two letters match only whole words, three
 * letters whole words and prefixes, and nothing under five letters is matched fuzzily.
 */

/** Weight of a word by the field it was found in: title, keywords, German words, text. */
const fieldWeights = [1, 0.93, 0.87, 0.73];

/**
 * Prior per kind of entry: checklists, networks and agreements are reached through the matter
 * or office they belong to, so for the same words the matter or office comes first. The site's
 * own publications and tools come after the entries their words describe ("Kooperationen der
 * Ausländerbehörde" after the Ausländerbehörde), unless the query names them.
 */
const kindPrior: Record<string, number> = { checklists: 0.85, networks: 0.8, agreements: 0.75, pages: 0.8, publications: 0.9, tools: 0.8 };

/** How well an entry matches a query word that names its kind, and how much such entries are preferred. */
const kindMatch = 0.7;
const kindPreference = 1.25;

/** How well an entry for an age range matches an age in the query ("beratung 19 jahre"). */
const ageMatch = 0.8;

/** How good a match of a query word is, by kind of match. */
const quality = { exact: 1, prefix: 0.75, compound: 0.6, infix: 0.55, fuzzy: 0.5 } as const;
type MatchKind = keyof typeof quality;

/** A word of the index matched by a query word, with the matched part for highlighting. */
export interface WordMatch {
  kind: MatchKind;
  quality: number;
  /** Matched characters in the normalized word. */
  start: number;
  end: number;
}

/** One search result. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The query names this entry (its short name or its whole title): it comes before the rest. */
  named?: true;
}

/** Results plus what is needed to highlight them. */
export interface SearchResults {
  hits: SearchHit[];
  /** Index words the query matched, for `highlight`. */
  matched: Map<string, WordMatch>;
  /** True when the query had words but none long or exact enough to search with. */
  tooShort: boolean;
}

interface Postings {
  /** doc index × 4 + field index, best field per entry. */
  entries: number[];
}

/** Options of one search. */
export interface SearchOptions {
  filters?: SearchFilters;
  /** At most this many hits (default: all). */
  limit?: number;
  /** The moment for "open now" (default: the current time). */
  now?: Date;
}

/** A search engine over one loaded index. */
export interface SearchEngine {
  index: SearchIndex;
  search(query: string, options?: SearchOptions): SearchResults;
}

/** Look for misspellings when the exact and prefix matches of a word reach fewer entries. */
const fuzzyBelow = 4;

function allowedErrors(length: number): number {
  return length >= 12 ? 3 : length >= 8 ? 2 : 1;
}

/** Options of the engine itself. */
export interface EngineOptions {
  /** Query words whose matches are remembered (typing repeats them); 0 = none, for benchmarks. */
  cacheSize?: number;
}

/** Build the engine: posting lists and the word list for fuse.js (a few ms at 2,000 entries). */
export function createSearchEngine(index: SearchIndex, engineOptions: EngineOptions = {}): SearchEngine {
  const cacheSize = engineOptions.cacheSize ?? 2000;
  const postings = new Map<string, Postings>();
  const bestField = new Map<string, Map<number, number>>();
  // Words of each title and each name, to tell when a query names an entry.
  const titleWords: string[][] = [];
  const namesByWord = new Map<string, { docIndex: number; words: string[] }[]>();
  index.docs.forEach((doc, docIndex) => {
    const names = doc.n ? doc.n.split('|') : [];
    for (const name of names) {
      const words = name.split(' ');
      const list = namesByWord.get(words[0] as string) ?? [];
      list.push({ docIndex, words });
      namesByWord.set(words[0] as string, list);
    }
    const texts: string[][] = [[doc.t], [doc.k ?? '', ...names], doc.g ? [doc.g] : [], doc.x ? [doc.x] : []];
    const ownTitle: string[] = [];
    titleWords.push(ownTitle);
    texts.forEach((list, fieldIndex) => {
      for (const text of list) {
        for (const { word } of tokenizeNormalized(normalizeWithMap(text).text)) {
          if (word.length < 2 || stopWords.has(word)) continue;
          if (fieldIndex === 0 && !ownTitle.includes(word)) ownTitle.push(word);
          let perDoc = bestField.get(word);
          if (!perDoc) bestField.set(word, (perDoc = new Map()));
          const known = perDoc.get(docIndex);
          if (known === undefined || fieldIndex < known) perDoc.set(docIndex, fieldIndex);
        }
      }
    });
  });
  // Meaningful words per title: a query that covers most of a short title names that entry.
  const titleLength = Uint16Array.from(titleWords, (words) => words.length);
  const kindPhrases = Object.entries(index.kindWords ?? {}).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind, words: phrase.split(' ') })));
  const common = index.common ?? {};
  for (const [word, perDoc] of bestField) {
    const entries: number[] = [];
    for (const [docIndex, fieldIndex] of perDoc) entries.push(docIndex * 4 + fieldIndex);
    postings.set(word, { entries });
  }
  const words = [...postings.keys()].sort();
  // Only words go to fuse.js, and only those with the same first letter as the query word
  // (people rarely mistype the first letter): a few hundred words instead of all of them.
  // Scores are errors / pattern length when location is ignored; the threshold is the
  // loosest we accept, tightened per word length below.
  const fuseByInitial = new Map<string, Fuse<string>>();
  const fuseFor = (initial: string): Fuse<string> => {
    let fuse = fuseByInitial.get(initial);
    if (!fuse) {
      const list = words.filter((word) => word.startsWith(initial));
      fuse = new Fuse(list, {
        threshold: 0.3,
        ignoreLocation: true,
        includeScore: true,
        isCaseSensitive: true,
        ignoreFieldNorm: true,
        shouldSort: false,
      });
      fuseByInitial.set(initial, fuse);
    }
    return fuse;
  };

  // Words by each three-letter sequence they contain, to find a query word inside compounds
  // without scanning every word.
  const byTrigram = new Map<string, number[]>();
  words.forEach((word, position) => {
    for (let at = 1; at + 3 <= word.length; at++) {
      const trigram = word.slice(at, at + 3);
      const list = byTrigram.get(trigram);
      if (!list) byTrigram.set(trigram, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });

  const cache = new Map<string, Map<string, WordMatch>>();

  function prefixMatches(token: string, found: Map<string, WordMatch>): void {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle] as string) < token) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < words.length; position++) {
      const word = words[position] as string;
      if (!word.startsWith(token)) break;
      if (word === token) found.set(word, { kind: 'exact', quality: quality.exact, start: 0, end: word.length });
      else found.set(word, { kind: 'prefix', quality: quality.prefix + 0.2 * (token.length / word.length), start: 0, end: token.length });
    }
  }

  /** Index words a query word matches, best match per word; misspellings only when `fuzzy`. */
  function matchWord(token: string, fuzzy: boolean): Map<string, WordMatch> {
    const key = fuzzy ? `~${token}` : token;
    const cached = cache.get(key);
    if (cached) return cached;
    const found = new Map<string, WordMatch>();
    if (token.length <= 2) {
      if (postings.has(token)) found.set(token, { kind: 'exact', quality: quality.exact, start: 0, end: token.length });
    } else {
      prefixMatches(token, found);
      if (token.length >= 4) {
        for (const position of byTrigram.get(token.slice(0, 3)) ?? []) {
          const word = words[position] as string;
          if (word.length <= token.length || found.has(word)) continue;
          const at = word.indexOf(token, 1);
          if (at > 0)
            found.set(word, {
              kind: 'infix',
              quality: quality.infix + 0.1 * (token.length / word.length),
              start: at,
              end: at + token.length,
            });
        }
      }
      // Fuzzy matching only when the word as typed finds (almost) nothing: a correctly typed
      // word must not drag in look-alikes, but a misspelling that editors added as a keyword
      // must not hide the entries without it either.
      const direct = new Set<number>();
      for (const [word, match] of found) {
        if (match.kind !== 'exact' && match.kind !== 'prefix') continue;
        for (const entry of postings.get(word)?.entries ?? []) direct.add(entry >> 2);
      }
      if (fuzzy && token.length >= 5 && direct.size < fuzzyBelow) {
        const limit = (allowedErrors(token.length) + 0.5) / token.length;
        for (const result of fuseFor(token[0] as string).search(token)) {
          const score = result.score ?? 1;
          if (score > limit || found.has(result.item)) continue;
          // A misspelling is most likely one of a word of about its length ("jobsenter" is
          // "jobcenter" rather than "jobcenterden"): fuse.js scores errors only.
          const lengths = Math.min(token.length, result.item.length) / Math.max(token.length, result.item.length);
          found.set(result.item, { kind: 'fuzzy', quality: quality.fuzzy * (1 - score) * lengths, start: 0, end: result.item.length });
        }
        // A compound typed as one word that the index has as two ("deutschkurs" → "deutsch kurs")
        // is matched through its parts: handled by the caller as an alternative.
      }
    }
    if (cache.size >= cacheSize) cache.clear();
    if (cacheSize > 0) cache.set(key, found);
    return found;
  }

  /** Split a word into two index words ("deutschkurs" → deutsch + kurs), allowing a linking s. */
  function splitCompound(token: string): string[] | undefined {
    if (token.length < 7 || postings.has(token)) return undefined;
    for (let cut = token.length - 3; cut >= 3; cut--) {
      const head = token.slice(0, cut);
      const tail = token.slice(cut);
      const headKnown = postings.has(head) || (head.endsWith('s') && postings.has(head.slice(0, -1)));
      if (headKnown && postings.has(tail)) return [postings.has(head) ? head : head.slice(0, -1), tail];
    }
    return undefined;
  }

  const docCount = index.docs.length;

  /** Kinds a concept names: any of its alternatives is a kind's phrase, allowing inflection. */
  function kindsNamedBy(concept: Concept): Set<string> {
    const kinds = new Set<string>();
    for (const { kind, words: phrase } of kindPhrases) {
      if (kinds.has(kind)) continue;
      if (concept.alternatives.some((words) => words.length === phrase.length && words.every((word, at) => similarWord(word, phrase[at] as string))))
        kinds.add(kind);
    }
    return kinds;
  }

  /**
   * Entries the query names: all words of one of their names, or all words of their title when
   * those make up at least half of the query ("Schnittstellenpapier Netzwerke", "Impressum").
   * Only words as typed count: a synonym of a name is no name.
   */
  function namedEntries(typed: ReadonlySet<string>): Set<number> {
    const named = new Set<number>();
    for (const word of typed) {
      for (const name of namesByWord.get(word) ?? []) if (name.words.every((part) => typed.has(part))) named.add(name.docIndex);
      for (const entry of postings.get(word)?.entries ?? []) {
        const docIndex = entry >> 2;
        if ((entry & 3) !== 0 || named.has(docIndex)) continue;
        const title = titleWords[docIndex] as string[];
        if (title.length * 2 >= typed.size && title.every((part) => typed.has(part))) named.add(docIndex);
      }
    }
    return named;
  }

  /** Entries using a word by the full texts, where the index holds it for fewer (0 = no such figure). */
  function usedBy(words: readonly string[]): number {
    return Math.min(...words.map((word) => common[word] ?? 0));
  }

  /** Best score per document of one alternative (all its words must match). */
  function alternativeScores(
    alternative: string[],
    weight: number,
    matched: Map<string, WordMatch>,
    allowFuzzy: boolean,
  ): Float32Array | undefined {
    let combined: Float32Array | undefined;
    for (const token of alternative) {
      const scores = new Float32Array(docCount);
      let any = false;
      for (const [word, match] of matchWord(token, allowFuzzy)) {
        const posting = postings.get(word);
        if (!posting) continue;
        for (const entry of posting.entries) {
          const docIndex = entry >> 2;
          const value = match.quality * (fieldWeights[entry & 3] as number) * weight;
          if (value > (scores[docIndex] as number)) scores[docIndex] = value;
          any = true;
        }
        const previous = matched.get(word);
        if (!previous || previous.quality < match.quality) matched.set(word, match);
      }
      if (!any) return undefined;
      if (!combined) combined = scores;
      else
        for (let docIndex = 0; docIndex < docCount; docIndex++)
          combined[docIndex] = Math.min(combined[docIndex] as number, scores[docIndex] as number);
    }
    return combined;
  }

  function conceptScores(concept: Concept, matched: Map<string, WordMatch>): Float32Array | undefined {
    let best: Float32Array | undefined;
    const merge = (scores: Float32Array | undefined) => {
      if (!scores) return;
      if (!best) best = scores;
      else
        for (let docIndex = 0; docIndex < docCount; docIndex++)
          if ((scores[docIndex] as number) > (best[docIndex] as number)) best[docIndex] = scores[docIndex] as number;
    };
    concept.alternatives.forEach((alternative, position) => {
      // What was typed may be misspelled; synonyms are the editors' words, matched as written.
      merge(alternativeScores(alternative, position === 0 ? 1 : 0.9, matched, position === 0));
    });
    if (concept.words.length === 1) {
      const parts = splitCompound(concept.words[0] as string);
      if (parts) {
        const split = alternativeScores(parts, quality.compound, matched, false);
        merge(split);
      }
    }
    return best;
  }

  function search(query: string, options: SearchOptions = {}): SearchResults {
    const now = options.now ?? new Date();
    const filters = options.filters;
    const matched = new Map<string, WordMatch>();
    const words = queryWords(query).filter((word) => word.length >= 2);
    const passes = (doc: SearchDoc) => !filters || passesFilters(doc, filters, index, now);
    if (words.length === 0) {
      const browse = filters && hasFilters(filters) ? index.docs.filter(passes).map((doc) => ({ doc, score: 0 })) : [];
      return { hits: options.limit ? browse.slice(0, options.limit) : browse, matched, tooShort: queryWords(query).length > 0 };
    }
    const concepts = expandQuery(words, index.synonyms);
    const perConcept: { scores: Float32Array; idf: number }[] = [];
    const preferredKinds = new Set<string>();
    for (const concept of concepts) {
      let scores = conceptScores(concept, matched);
      const age = concept.words.length === 1 && /^\d{1,2}$/.test(concept.words[0] as string) ? Number(concept.words[0]) : undefined;
      if (age !== undefined) {
        const withAge = scores ?? new Float32Array(docCount);
        index.docs.forEach((doc, docIndex) => {
          if (!doc.a || (withAge[docIndex] as number) >= ageMatch) return;
          const [min, max] = doc.a;
          if ((min === null || age >= min) && (max === null || age <= max)) withAge[docIndex] = ageMatch;
        });
        scores = withAge;
      }
      const kinds = kindsNamedBy(concept);
      if (kinds.size > 0) {
        const withKind = scores ?? new Float32Array(docCount);
        index.docs.forEach((doc, docIndex) => {
          if (kinds.has(doc.c) && (withKind[docIndex] as number) < kindMatch) withKind[docIndex] = kindMatch;
        });
        for (const kind of kinds) preferredKinds.add(kind);
        scores = withKind;
      }
      if (!scores) continue;
      let documentFrequency = 0;
      for (let docIndex = 0; docIndex < docCount; docIndex++) if ((scores[docIndex] as number) > 0) documentFrequency++;
      if (documentFrequency === 0) continue;
      documentFrequency = Math.max(documentFrequency, usedBy(concept.words));
      perConcept.push({ scores, idf: Math.log(1 + docCount / documentFrequency) });
    }
    const named = namedEntries(new Set(words));
    // Query words that match nothing (a word we cannot repair) do not count against entries.
    const totalIdf = perConcept.reduce((sum, concept) => sum + concept.idf, 0);
    const hits: SearchHit[] = [];
    const coverage = new Float32Array(docCount);
    const scores = new Float32Array(docCount);
    for (const concept of perConcept) {
      for (let docIndex = 0; docIndex < docCount; docIndex++) {
        const value = concept.scores[docIndex] as number;
        if (value <= 0) continue;
        scores[docIndex] = (scores[docIndex] as number) + concept.idf * value;
        coverage[docIndex] = (coverage[docIndex] as number) + concept.idf / totalIdf;
      }
    }
    // Share of each title covered by words matched as typed; fuzzy matches earn no bonus, so
    // that exact and prefix matches keep ranking above them.
    const titleHits = new Uint16Array(docCount);
    for (const [word, match] of matched) {
      if (match.kind === 'fuzzy') continue;
      for (const entry of postings.get(word)?.entries ?? [])
        if ((entry & 3) === 0) titleHits[entry >> 2] = (titleHits[entry >> 2] as number) + 1;
    }
    let bestCoverage = 0;
    for (let docIndex = 0; docIndex < docCount; docIndex++) bestCoverage = Math.max(bestCoverage, coverage[docIndex] as number);
    for (let docIndex = 0; docIndex < docCount; docIndex++) {
      const covered = coverage[docIndex] as number;
      const isNamed = named.has(docIndex);
      // Entries that match only a small part of the query, when others match much more, are noise.
      if (!isNamed && (covered <= 0 || covered < bestCoverage * 0.5 - 1e-6)) continue;
      const doc = index.docs[docIndex] as SearchDoc;
      if (!passes(doc)) continue;
      const titleShare = Math.min(1, (titleHits[docIndex] as number) / Math.max(1, titleLength[docIndex] as number));
      const prior = (kindPrior[doc.c] ?? 1) * (preferredKinds.has(doc.c) ? kindPreference : 1);
      const score = (scores[docIndex] as number) * covered * covered * (1 + 0.6 * titleShare) * prior;
      hits.push(isNamed ? { doc, score, named: true } : { doc, score });
    }
    hits.sort((a, b) => Number(b.named ?? false) - Number(a.named ?? false) || b.score - a.score);
    return { hits: options.limit ? hits.slice(0, options.limit) : hits, matched, tooShort: false };
  }

  return { index, search };
}

/** Character ranges [start, end) of `text` to highlight for the matched index words. */
export function highlightRanges(text: string, matched: ReadonlyMap<string, WordMatch>): [number, number][] {
  if (matched.size === 0) return [];
  const { text: normalized, map } = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  for (const token of tokenizeNormalized(normalized)) {
    const match = matched.get(token.word);
    if (!match) continue;
    const from = map[token.start + match.start];
    const last = map[token.start + match.end - 1];
    if (from === undefined || last === undefined) continue;
    // Extend to the end of the source character (a surrogate pair or a folded ß).
    let end = last + 1;
    while (end < text.length && /\p{M}/u.test(text[end] as string)) end++;
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] as string)) end++;
    ranges.push([from, end]);
  }
  return ranges;
}
