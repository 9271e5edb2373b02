import { describe, expect, it } from 'vitest';
import { expandQuery, queryWords } from '#src/lib/search/expand-query.ts';
import { normalizeSynonyms } from '#src/lib/search/build-search-index.ts';

const synonyms = normalizeSynonyms([
  { id: 'titel', terms: ['Aufenthaltstitel', 'residence permit', 'посвідка на проживання'] },
  { id: 'abh', terms: ['ABH', 'Ausländerbehörde'] },
]);

describe('query expansion', () => {
  it('replaces a synonym phrase by its whole group, longest phrase first', () => {
    const concepts = expandQuery(queryWords('my residence permit expires'), synonyms);
    expect(concepts.map((concept) => concept.words)).toEqual([['residence', 'permit'], ['expires']]);
    expect(concepts[0]?.alternatives).toContainEqual(['aufenthaltstitel']);
  });

  it('recognizes inflected forms of synonym words', () => {
    const concepts = expandQuery(queryWords('продовжити посвідку на проживання'), synonyms);
    expect(concepts.some((concept) => concept.alternatives.some((words) => words.join(' ') === 'aufenthaltstitel'))).toBe(true);
  });

  it('does not treat short different words as the same', () => {
    const concepts = expandQuery(queryWords('abh'), synonyms);
    expect(concepts[0]?.alternatives).toContainEqual(['auslanderbehorde']);
    expect(expandQuery(queryWords('abc'), synonyms)[0]?.alternatives).toEqual([['abc']]);
  });
});
