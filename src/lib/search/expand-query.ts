import { normalizeText, stopWords, tokenizeNormalized } from './normalize-text.ts';

/**
 * One thing the visitor asked for: a query word, or a phrase that is a known synonym
 * ("residence permit"). An entry matches the concept when it matches any alternative; an
 * alternative of several words needs all of them.
 */
export interface Concept {
  /** The words as typed (normalized). */
  words: string[];
  /** Word sequences that count as this concept; the first is what was typed. */
  alternatives: string[][];
}

/** Normalized query words; stop words dropped unless the query has nothing else. */
export function queryWords(query: string): string[] {
  const words = tokenizeNormalized(normalizeText(query)).map((token) => token.word);
  const meaningful = words.filter((word) => !stopWords.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Two words are the same for synonym lookup when equal, or when long words differ only in
 * their last letters (inflection: "посвідка"/"посвідку", "Aufenthaltstitel"/"Aufenthaltstitels").
 */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(a.length, b.length) - 2 && common >= shorter - 1;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => similarWord(word, b[index] as string));
}

/**
 * Turn query words into concepts, replacing every synonym term found in the query by its whole
 * group (longest term first, so "residence permit" wins over "residence").
 */
export function expandQuery(words: readonly string[], synonyms: readonly string[][][]): Concept[] {
  const concepts: Concept[] = [];
  let index = 0;
  while (index < words.length) {
    let best: { length: number; groups: string[][][] } | undefined;
    for (const group of synonyms) {
      for (const term of group) {
        if (term.length === 0 || !sameWords(term, words.slice(index, index + term.length))) continue;
        if (!best || term.length > best.length) best = { length: term.length, groups: [group] };
        else if (term.length === best.length && !best.groups.includes(group)) best.groups.push(group);
      }
    }
    if (best) {
      const typed = words.slice(index, index + best.length);
      const alternatives: string[][] = [typed];
      for (const group of best.groups) {
        for (const term of group) if (!alternatives.some((known) => sameWords(known, term))) alternatives.push(term);
      }
      concepts.push({ words: typed, alternatives });
      index += best.length;
    } else {
      const word = words[index] as string;
      concepts.push({ words: [word], alternatives: [[word]] });
      index += 1;
    }
  }
  return concepts;
}
