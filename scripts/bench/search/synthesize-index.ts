import type { SearchDoc, SearchIndex } from '#src/lib/search/search-index-types.ts';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same set. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic index of `count` entries made from a real one, in seconds instead of building
 * `count` × 7 pages: the bench's 20,000-entry set is made this way from the 2,000-entry build.
 * Every synthetic entry copies a real entry's shape, names and facets; its texts mix the real
 * entry's words with words of other entries, so word frequencies, field lengths and facet values
 * stay realistic. A bigger directory also has more distinct words (names of people, streets,
 * initiatives): each copy gets a proper name of its own and every tenth text word is a new
 * word, made from halves of two known words, so the word list grows as it would.
 */
export function synthesizeIndex(index: SearchIndex, count: number, seed = 2026): SearchIndex {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const titleWords = index.docs.flatMap((doc) => doc.t.split(/\s+/)).filter((word) => word.length > 3);
  const textWords = index.docs.flatMap((doc) => (doc.x ?? '').split(' ')).filter((word) => word.length > 3);
  const newWord = (from: readonly string[]) => {
    const head = pick(from);
    const tail = pick(from);
    return `${head.slice(0, Math.ceil(head.length / 2))}${tail.slice(Math.floor(tail.length / 2))}`.toLowerCase();
  };
  const docs: SearchDoc[] = [];
  for (let position = 0; position < count; position++) {
    const model = index.docs[position % index.docs.length] as SearchDoc;
    const round = Math.floor(position / index.docs.length);
    if (round === 0) {
      docs.push(model);
      continue;
    }
    const title = model.t.split(/\s+/);
    title[Math.floor(next() * title.length)] = pick(titleWords);
    const name = newWord(titleWords);
    const text = (model.x ?? '')
      .split(' ')
      .filter(Boolean)
      .map((word) => {
        const draw = next();
        return draw < 0.1 ? newWord(textWords) : draw < 0.4 ? pick(textWords) : word;
      });
    const id = `${model.id}-${round}`;
    docs.push({
      ...model,
      id,
      t: `${title.join(' ')} ${name.charAt(0).toUpperCase()}${name.slice(1)}`,
      ...(text.length > 0 ? { x: text.join(' ') } : {}),
    });
  }
  // The build's counts of common words grow with the directory.
  const scale = count / Math.max(1, index.docs.length);
  const common = index.common
    ? Object.fromEntries(Object.entries(index.common).map(([word, used]) => [word, Math.round(used * scale)]))
    : undefined;
  return { ...index, ...(common ? { common } : {}), docs };
}
