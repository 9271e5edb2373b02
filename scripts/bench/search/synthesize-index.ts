import type { SearchDoc, SearchIndex } from '../../../src/lib/search/search-index-types.ts';

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
 * A synthetic index of `count` entries made from a real one (used while the project's
 * 2,000-entry content generator is not available): every synthetic entry copies a real entry's
 * shape and facets, and its texts mix the real entry's words with words of other entries, so
 * word frequencies, field lengths and facet values stay realistic.
 */
export function synthesizeIndex(index: SearchIndex, count: number, seed = 2026): SearchIndex {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const titleWords = index.docs.flatMap((doc) => doc.t.split(/\s+/)).filter((word) => word.length > 3);
  const textWords = index.docs.flatMap((doc) => (doc.x ?? '').split(' ')).filter(Boolean);
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
    const text = (model.x ?? '')
      .split(' ')
      .filter(Boolean)
      .map((word) => (next() < 0.4 ? pick(textWords) : word));
    const id = `${model.id}-${round}`;
    docs.push({
      ...model,
      id,
      t: `${title.join(' ')} ${pick(titleWords)}`,
      ...(text.length > 0 ? { x: text.join(' ') } : {}),
    });
  }
  return { ...index, docs };
}
