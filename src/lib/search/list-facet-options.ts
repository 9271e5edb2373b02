import type { Vocabularies } from '../content/validate-content.ts';
import { termLabel } from '../vocabulary.ts';
import { facetEnums, facetNames, type FacetEnum, type FacetName, type SearchDoc } from './search-index-types.ts';

/** One choice of a facet as the search form shows it. */
export interface FacetOption {
  value: string;
  label: string;
  /** Language of the label when it falls back to German. */
  lang?: string;
  /** Entries with this value (before any filter). */
  count: number;
}

/** Where the labels of the choices come from. */
interface FacetLabelSources {
  vocabularies: Vocabularies;
  locale: string;
  intlLocale: string;
  /** Label of a fixed value in the page language (UI string `value.<group>.<value>`). */
  enumLabel: (group: (typeof facetEnums)[FacetEnum], value: string) => string;
}

/** Choices beyond the values entries have. */
interface FacetOptionSettings {
  /** Order of the values of fixed-value facets (the schema's enum order). */
  enumOrder?: Partial<Record<FacetEnum, readonly string[]>>;
  /**
   * Facets whose every value is a choice (every vocabulary term, every value of `enumOrder`),
   * because they describe a person's situation: a district no offer names still tells which
   * offers serve it (those for the whole city).
   */
  everyValue?: readonly FacetName[];
}

/**
 * The choices of every facet: only values some entry actually has (a counsellor should never
 * tick a box that can only give zero results), in vocabulary or schema order, labelled in the
 * page language. `docs` may be a part of the index (the counselling comparison passes only the
 * counselling services).
 */
export function listFacetOptions(
  docs: readonly SearchDoc[],
  sources: FacetLabelSources,
  settings: FacetOptionSettings = {},
): { kinds: FacetOption[]; terms: Record<FacetName, FacetOption[]> } {
  const { enumOrder = {}, everyValue = [] } = settings;
  const { vocabularies, locale, intlLocale } = sources;
  const kindCounts = new Map<string, number>();
  for (const doc of docs) kindCounts.set(doc.c, (kindCounts.get(doc.c) ?? 0) + 1);
  const kinds = [...kindCounts].map(([value, count]) => ({ value, label: '', count }));
  const terms = {} as Record<FacetName, FacetOption[]>;
  for (const name of facetNames) {
    const group = name in facetEnums ? facetEnums[name as FacetEnum] : undefined;
    const order = group ? (enumOrder[name as FacetEnum] ?? []) : (vocabularies[name] ?? []).map((term) => term.id);
    const counts = new Map<string, number>();
    if (everyValue.includes(name)) for (const value of order) counts.set(value, 0);
    for (const doc of docs) for (const value of doc.f?.[name] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    terms[name] = [...counts]
      .sort(([a], [b]) => (order.indexOf(a) + 1 || 1e6) - (order.indexOf(b) + 1 || 1e6) || a.localeCompare(b))
      .map(([value, count]) => {
        if (group) return { value, label: sources.enumLabel(group, value), count };
        const label = termLabel(vocabularies, name, value, locale, intlLocale);
        return { value, label: label.text, count, ...(label.lang !== locale ? { lang: label.lang } : {}) };
      });
  }
  return { kinds, terms };
}
