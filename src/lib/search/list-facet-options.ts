import type { Vocabularies } from '../content/validate-content.ts';
import { termLabel } from '../vocabulary.ts';
import { facetVocabularies, type FacetVocabulary, type SearchIndex } from './search-index-types.ts';

/** One choice of a facet as the search form shows it. */
export interface FacetOption {
  value: string;
  label: string;
  /** Language of the label when it falls back to German. */
  lang?: string;
  /** Entries with this value (before any filter). */
  count: number;
}

/**
 * The choices of every facet: only values some entry actually has (a counsellor should never
 * tick a box that can only give zero results), in vocabulary order, labelled in the page language.
 */
export function listFacetOptions(
  index: SearchIndex,
  vocabularies: Vocabularies,
  locale: string,
  intlLocale: string,
): { kinds: FacetOption[]; terms: Record<FacetVocabulary, FacetOption[]> } {
  const kindCounts = new Map<string, number>();
  for (const doc of index.docs) kindCounts.set(doc.c, (kindCounts.get(doc.c) ?? 0) + 1);
  const kinds = [...kindCounts].map(([value, count]) => ({ value, label: '', count }));
  const terms = {} as Record<FacetVocabulary, FacetOption[]>;
  for (const name of facetVocabularies) {
    const counts = new Map<string, number>();
    for (const doc of index.docs) for (const value of doc.f?.[name] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    const order = (vocabularies[name] ?? []).map((term) => term.id);
    terms[name] = [...counts]
      .sort(([a], [b]) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6) || a.localeCompare(b))
      .map(([value, count]) => {
        const label = termLabel(vocabularies, name, value, locale, intlLocale);
        return { value, label: label.text, count, ...(label.lang !== locale ? { lang: label.lang } : {}) };
      });
  }
  return { kinds, terms };
}
