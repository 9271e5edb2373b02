import Fuse from 'fuse.js';
import { expandQuery, queryWords, similarWord, type Concept } from './expand-query.ts';
import { normalizeText, normalizeWithMap, stopWords, tokenizeNormalized } from './normalize-text.ts';
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
interface SearchResults {
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

/** Scores of the entries for one concept of a query: by position in the index, and which have one. */
interface ConceptScores {
  values: Float32Array;
  touched: number[];
}

/** Options of one search. */
interface SearchOptions {
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
interface EngineOptions {
  /** Query words whose matches are remembered (typing repeats them); 0 = none, for benchmarks. */
  cacheSize?: number;
}

/** Build the engine: posting lists and the word list for fuse.js (a few ms at 2,000 entries). */
export function createSearchEngine(index: SearchIndex, engineOptions: EngineOptions = {}): SearchEngine {
  const cacheSize = engineOptions.cacheSize ?? 2000;
  const postings = new Map<string, Postings>();
  // Words of each title and each name, to tell when a query names an entry.
  const titleWords: string[][] = [];
  const namesByWord = new Map<string, { docIndex: number; words: string[] }[]>();
  // Best field of each word of the entry at hand (title 0, keywords and names 1, German 2, text 3).
  const fieldOf = new Map<string, number>();
  const note = (word: string, fieldIndex: number) => {
    if (word.length < 2 || stopWords.has(word)) return;
    const known = fieldOf.get(word);
    if (known === undefined || fieldIndex < known) fieldOf.set(word, fieldIndex);
  };
  index.docs.forEach((doc, docIndex) => {
    const names = doc.n ? doc.n.split('|') : [];
    for (const name of names) {
      const words = name.split(' ');
      const list = namesByWord.get(words[0] as string) ?? [];
      list.push({ docIndex, words });
      namesByWord.set(words[0] as string, list);
    }
    fieldOf.clear();
    // The title is as shown; the other fields hold normalized words already (built that way).
    const ownTitle: string[] = [];
    for (const { word } of tokenizeNormalized(normalizeText(doc.t))) {
      note(word, 0);
      if (fieldOf.get(word) === 0 && !ownTitle.includes(word)) ownTitle.push(word);
    }
    titleWords.push(ownTitle);
    for (const text of [doc.k, ...names]) if (text) for (const word of text.split(' ')) note(word, 1);
    if (doc.g) for (const word of doc.g.split(' ')) note(word, 2);
    if (doc.x) for (const word of doc.x.split(' ')) note(word, 3);
    for (const [word, fieldIndex] of fieldOf) {
      let posting = postings.get(word);
      if (!posting) postings.set(word, (posting = { entries: [] }));
      posting.entries.push(docIndex * 4 + fieldIndex);
    }
  });
  // Meaningful words per title: a query that covers most of a short title names that entry.
  const titleLength = Uint16Array.from(titleWords, (words) => words.length);
  // Entries by title word, by kind and with an age range: what names, kinds and ages look up.
  const inTitles = new Map<string, number[]>();
  titleWords.forEach((title, docIndex) => {
    for (const word of title) {
      const list = inTitles.get(word);
      if (list) list.push(docIndex);
      else inTitles.set(word, [docIndex]);
    }
  });
  const docsOfKind = new Map<string, number[]>();
  const withAge: [number, [number | null, number | null]][] = [];
  index.docs.forEach((doc, docIndex) => {
    const list = docsOfKind.get(doc.c);
    if (list) list.push(docIndex);
    else docsOfKind.set(doc.c, [docIndex]);
    if (doc.a) withAge.push([docIndex, doc.a]);
  });
  const kindPhrases = Object.entries(index.kindWords ?? {}).flatMap(([kind, phrases]) =>
    phrases.map((phrase) => ({ kind, words: phrase.split(' ') })),
  );
  const common = index.common ?? {};
  const words = [...postings.keys()].sort();
  // Only words go to fuse.js, and only those with the same first letter as the query word
  // (people rarely mistype the first letter) and about its length (a misspelling adds or drops
  // a few letters): a few dozen words instead of all of them, also at 20,000 entries.
  // Scores are errors / pattern length when location is ignored; the threshold is the
  // loosest we accept, tightened per word length below.
  const byInitialAndLength = new Map<string, string[]>();
  for (const word of words) {
    const key = `${word[0]}${word.length}`;
    const list = byInitialAndLength.get(key);
    if (list) list.push(word);
    else byInitialAndLength.set(key, [word]);
  }
  const fuseByBucket = new Map<string, Fuse<string>>();
  const fuseFor = (key: string): Fuse<string> | undefined => {
    let fuse = fuseByBucket.get(key);
    const list = byInitialAndLength.get(key);
    if (!fuse && list) {
      fuse = new Fuse(list, {
        threshold: 0.3,
        ignoreLocation: true,
        includeScore: true,
        isCaseSensitive: true,
        ignoreFieldNorm: true,
        shouldSort: false,
      });
      fuseByBucket.set(key, fuse);
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
        // Every three letters of the word as typed are in a word that contains it: the rarest
        // of them gives the shortest list of candidates.
        let candidates: number[] = [];
        for (let at = 0; at + 3 <= token.length; at++) {
          const list = byTrigram.get(token.slice(at, at + 3)) ?? [];
          if (at === 0 || list.length < candidates.length) candidates = list;
          if (candidates.length === 0) break;
        }
        for (const position of candidates) {
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
        const errors = allowedErrors(token.length);
        const limit = (errors + 0.5) / token.length;
        const results = [];
        for (let length = token.length - errors; length <= token.length + errors; length++)
          results.push(...(fuseFor(`${token[0]}${length}`)?.search(token) ?? []));
        for (const result of results) {
          const score = result.score ?? 1;
          if (score > limit || found.has(result.item)) continue;
          // A misspelling is most likely one of a word of about its length ("jobsenter" is
          // "jobcenter" rather than "jobcenterden"): fuse.js scores errors only.
          const lengths = Math.min(token.length, result.item.length) / Math.max(token.length, result.item.length);
          const repaired = quality.fuzzy * (1 - score) * lengths;
          found.set(result.item, { kind: 'fuzzy', quality: repaired, start: 0, end: result.item.length });
          // The repaired word may head compounds ("migrationsberatnug" → "migrationsberatungsstelle").
          const heads = new Map<string, WordMatch>();
          prefixMatches(result.item, heads);
          for (const [word, match] of heads)
            if (!found.has(word)) found.set(word, { kind: 'fuzzy', quality: repaired * match.quality, start: 0, end: match.end });
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
      if (
        concept.alternatives.some(
          (words) => words.length === phrase.length && words.every((word, at) => similarWord(word, phrase[at] as string)),
        )
      )
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
      for (const docIndex of inTitles.get(word) ?? []) {
        const title = titleWords[docIndex] as string[];
        if (!named.has(docIndex) && title.length * 2 >= typed.size && title.every((part) => typed.has(part))) named.add(docIndex);
      }
    }
    return named;
  }

  /** Entries using a word by the full texts, where the index holds it for fewer (0 = no such figure). */
  function usedBy(words: readonly string[]): number {
    return Math.min(...words.map((word) => common[word] ?? 0));
  }

  /** Raise an entry's score for a concept to `value` (scores only grow: the best match counts). */
  function raise(target: ConceptScores, docIndex: number, value: number): void {
    const known = target.values[docIndex] as number;
    if (value <= known) return;
    if (known === 0) target.touched.push(docIndex);
    target.values[docIndex] = value;
  }

  /** Score of each entry a query word matches, by its best (match quality × field weight). */
  function tokenScores(token: string, weight: number, matched: Map<string, WordMatch>, allowFuzzy: boolean): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [word, match] of matchWord(token, allowFuzzy)) {
      const posting = postings.get(word);
      if (!posting) continue;
      for (const entry of posting.entries) {
        const docIndex = entry >> 2;
        const value = match.quality * (fieldWeights[entry & 3] as number) * weight;
        if (value > (scores.get(docIndex) ?? 0)) scores.set(docIndex, value);
      }
      const previous = matched.get(word);
      if (!previous || previous.quality < match.quality) matched.set(word, match);
    }
    return scores;
  }

  /**
   * Add one alternative of a concept: an entry matches it when it matches all its words, with
   * the score of its weakest word. The work grows with the entries that match, not with the
   * size of the index (20,000 entries).
   */
  function addAlternative(
    target: ConceptScores,
    alternative: string[],
    weight: number,
    matched: Map<string, WordMatch>,
    allowFuzzy: boolean,
  ): void {
    if (alternative.length === 1) {
      // One word (most alternatives): straight into the concept's scores.
      for (const [word, match] of matchWord(alternative[0] as string, allowFuzzy)) {
        const posting = postings.get(word);
        if (!posting) continue;
        for (const entry of posting.entries) raise(target, entry >> 2, match.quality * (fieldWeights[entry & 3] as number) * weight);
        const previous = matched.get(word);
        if (!previous || previous.quality < match.quality) matched.set(word, match);
      }
      return;
    }
    let combined: Map<number, number> | undefined;
    for (const token of alternative) {
      const scores = tokenScores(token, weight, matched, allowFuzzy);
      if (scores.size === 0) return;
      if (!combined) combined = scores;
      else {
        const both = new Map<number, number>();
        for (const [docIndex, value] of combined) {
          const other = scores.get(docIndex);
          if (other !== undefined) both.set(docIndex, Math.min(value, other));
        }
        combined = both;
      }
    }
    for (const [docIndex, value] of combined ?? []) raise(target, docIndex, value);
  }

  function conceptScores(concept: Concept, matched: Map<string, WordMatch>): ConceptScores {
    const scores: ConceptScores = { values: new Float32Array(docCount), touched: [] };
    concept.alternatives.forEach((alternative, position) => {
      // What was typed may be misspelled; synonyms are the editors' words, matched as written.
      addAlternative(scores, alternative, position === 0 ? 1 : 0.9, matched, position === 0);
    });
    if (concept.words.length === 1) {
      const parts = splitCompound(concept.words[0] as string);
      if (parts) addAlternative(scores, parts, quality.compound, matched, false);
    }
    return scores;
  }

  /** Entries for an age, when a query word is one ("beratung 19"). */
  function entriesForAge(word: string): number[] {
    if (!/^\d{1,2}$/.test(word)) return [];
    const age = Number(word);
    return withAge.filter(([, [min, max]]) => (min === null || age >= min) && (max === null || age <= max)).map(([docIndex]) => docIndex);
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
    const perConcept: { scores: ConceptScores; idf: number }[] = [];
    const preferredKinds = new Set<string>();
    for (const concept of concepts) {
      const scores = conceptScores(concept, matched);
      if (concept.words.length === 1) for (const docIndex of entriesForAge(concept.words[0] as string)) raise(scores, docIndex, ageMatch);
      for (const kind of kindsNamedBy(concept)) {
        for (const docIndex of docsOfKind.get(kind) ?? []) raise(scores, docIndex, kindMatch);
        preferredKinds.add(kind);
      }
      if (scores.touched.length === 0) continue;
      const documentFrequency = Math.max(scores.touched.length, usedBy(concept.words));
      perConcept.push({ scores, idf: Math.log(1 + docCount / documentFrequency) });
    }
    const named = namedEntries(new Set(words));
    // Query words that match nothing (a word we cannot repair) do not count against entries.
    const totalIdf = perConcept.reduce((sum, concept) => sum + concept.idf, 0);
    const coverage = new Float32Array(docCount);
    const scores = new Float32Array(docCount);
    const candidates = new Set<number>(named);
    for (const { scores: concept, idf } of perConcept) {
      for (const docIndex of concept.touched) {
        scores[docIndex] = (scores[docIndex] as number) + idf * (concept.values[docIndex] as number);
        coverage[docIndex] = (coverage[docIndex] as number) + idf / totalIdf;
        candidates.add(docIndex);
      }
    }
    // Share of each title covered by words matched as typed; fuzzy matches earn no bonus, so
    // that exact and prefix matches keep ranking above them.
    const titleHits = new Map<number, number>();
    for (const [word, match] of matched) {
      if (match.kind === 'fuzzy') continue;
      for (const docIndex of inTitles.get(word) ?? []) titleHits.set(docIndex, (titleHits.get(docIndex) ?? 0) + 1);
    }
    let bestCoverage = 0;
    for (const docIndex of candidates) bestCoverage = Math.max(bestCoverage, coverage[docIndex] as number);
    const hits: SearchHit[] = [];
    // In index order, so that equal scores keep it (the sort below is stable).
    for (const docIndex of [...candidates].sort((a, b) => a - b)) {
      const covered = coverage[docIndex] as number;
      const isNamed = named.has(docIndex);
      // Entries that match only a small part of the query, when others match much more, are noise.
      if (!isNamed && (covered <= 0 || covered < bestCoverage * 0.5 - 1e-6)) continue;
      const doc = index.docs[docIndex] as SearchDoc;
      if (!passes(doc)) continue;
      const titleShare = Math.min(1, (titleHits.get(docIndex) ?? 0) / Math.max(1, titleLength[docIndex] as number));
      const prior = (kindPrior[doc.c] ?? 1) * (preferredKinds.has(doc.c) ? kindPreference : 1);
      const score = (scores[docIndex] as number) * covered * covered * (1 + 0.6 * titleShare) * prior;
      hits.push(isNamed ? { doc, score, named: true } : { doc, score });
    }
    // Named entries first, then by score.
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
