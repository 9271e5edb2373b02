import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { normalizeText, stopWords, wordsOf } from '#src/lib/search/normalize-text.ts';
import { createSearchEngine } from '#src/lib/search/search-engine.ts';
import type { SearchIndex } from '#src/lib/search/search-index-types.ts';

/**
 * The search designs compared in the benchmark, each over the same shipped index and the same
 * normalization, each returning ranked entry ids. Runs in Node and, bundled, in Chromium.
 */
export interface SearchDesign {
  name: string;
  search(query: string): string[];
}

/** Lotse's design: token index and prefix map, fuse.js only for misspelled words. */
export function lotseDesign(index: SearchIndex): SearchDesign {
  const engine = createSearchEngine(index, { cacheSize: 0 });
  return {
    name: 'lotse (token index + fuse.js on words)',
    search: (query) => engine.search(query, { limit: 10 }).hits.map((hit) => hit.doc.id),
  };
}

/** fuse.js alone over whole entries, as the brief measured it (title + keywords), or with text too. */
function plainFuse(index: SearchIndex, withText: boolean): SearchDesign {
  const docs = index.docs.map((doc) => ({ id: doc.id, t: normalizeText(doc.t), k: doc.k ?? '', g: doc.g ?? '', x: doc.x ?? '' }));
  const keys = [
    { name: 't', weight: 3 },
    { name: 'k', weight: 2 },
    ...(withText
      ? [
          { name: 'g', weight: 2 },
          { name: 'x', weight: 1 },
        ]
      : []),
  ];
  const fuse = new Fuse(docs, { keys, threshold: 0.4, ignoreLocation: true, includeScore: true });
  return {
    name: withText ? 'fuse.js alone (title, keywords, text)' : 'fuse.js alone (title + keywords)',
    search: (query) => fuse.search(normalizeText(query), { limit: 10 }).map((result) => result.item.id),
  };
}

/** fuse.js token search (TF-IDF over its own inverted index, fuzzy per word). */
function fuseTokenSearch(index: SearchIndex): SearchDesign {
  const docs = index.docs.map((doc) => ({ id: doc.id, t: normalizeText(doc.t), k: doc.k ?? '', g: doc.g ?? '', x: doc.x ?? '' }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 't', weight: 3 },
      { name: 'k', weight: 2 },
      { name: 'g', weight: 2 },
      { name: 'x', weight: 1 },
    ],
    useTokenSearch: true,
    threshold: 0.3,
    ignoreLocation: true,
  });
  return {
    name: 'fuse.js token search (useTokenSearch)',
    search: (query) => fuse.search(normalizeText(query), { limit: 10 }).map((result) => result.item.id),
  };
}

/** MiniSearch (Integreat's choice) with the same normalization, prefix and fuzzy matching. */
function miniSearch(index: SearchIndex): SearchDesign {
  const mini = new MiniSearch<{ id: string; t: string; k: string; g: string; x: string }>({
    fields: ['t', 'k', 'g', 'x'],
    storeFields: [],
    tokenize: (text) => wordsOf(text),
    processTerm: (term) => {
      const normalized = normalizeText(term);
      return normalized.length < 2 || stopWords.has(normalized) ? null : normalized;
    },
    searchOptions: { boost: { t: 3, k: 2, g: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  mini.addAll(index.docs.map((doc) => ({ id: doc.id, t: doc.t, k: doc.k ?? '', g: doc.g ?? '', x: doc.x ?? '' })));
  return {
    name: 'MiniSearch (same normalization)',
    search: (query) =>
      mini
        .search(query)
        .slice(0, 10)
        .map((result) => String(result.id)),
  };
}

/** Every design of the comparison. */
export function allDesigns(index: SearchIndex): SearchDesign[] {
  return [lotseDesign(index), plainFuse(index, false), plainFuse(index, true), fuseTokenSearch(index), miniSearch(index)];
}

/**
 * p50 and p95 (ms) over the queries of each query's time: every query runs `runs` times after
 * one warm-up pass and counts with its fastest run. The bench shares two cores with other work;
 * the fastest run is the query's own cost, the others include time the machine gave elsewhere.
 */
export function timeQueries(design: SearchDesign, queries: readonly string[], runs: number): { p50: number; p95: number } {
  for (const query of queries) design.search(query);
  const fastest = queries.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    queries.forEach((query, position) => {
      const start = performance.now();
      design.search(query);
      fastest[position] = Math.min(fastest[position] as number, performance.now() - start);
    });
  }
  const times = fastest.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Queries as typed: every full query plus what the field held while typing it (from 3 letters). */
export function typingQueries(queries: readonly string[]): string[] {
  const typed = new Set<string>();
  for (const query of queries) {
    for (let length = 3; length < query.length; length += 3) typed.add(query.slice(0, length));
    typed.add(query);
  }
  return [...typed];
}
