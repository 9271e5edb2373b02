import { openState } from './open-now.ts';
import { facetVocabularies, type FacetVocabulary, type SearchDoc, type SearchIndex } from './search-index-types.ts';

/** What a counsellor narrowed the results to. Several values of one facet mean "any of them". */
export interface SearchFilters {
  kinds: string[];
  terms: Record<FacetVocabulary, string[]>;
  /** Age of the person; entries without an age range fit every age. */
  age?: number;
  openNow: boolean;
}

/** URL parameter of each facet: short, readable, stable (bookmarks and shared links use them). */
export const facetParams: Record<FacetVocabulary | 'kinds', string> = {
  kinds: 'kind',
  topics: 'topic',
  'target-groups': 'group',
  'residence-statuses': 'status',
  languages: 'lang',
  districts: 'district',
  'cooperation-levels': 'level',
};

/** Facets where an entry with no value fits every value (eligibility, not description). */
const openWhenEmpty: ReadonlySet<FacetVocabulary> = new Set(['residence-statuses']);

/** No filter at all. */
export function emptyFilters(): SearchFilters {
  return {
    kinds: [],
    terms: Object.fromEntries(facetVocabularies.map((name) => [name, []])) as unknown as Record<FacetVocabulary, string[]>,
    openNow: false,
  };
}

/** True when any facet is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    facetVocabularies.some((name) => filters.terms[name].length > 0) ||
    filters.age !== undefined ||
    filters.openNow
  );
}

/** Query text and filters from URL parameters (`?q=…&topic=arbeit&topic=sprache&age=19&open=1`). */
export function readSearchParams(params: URLSearchParams): { query: string; filters: SearchFilters } {
  const filters = emptyFilters();
  filters.kinds = params.getAll(facetParams.kinds).filter(Boolean);
  for (const name of facetVocabularies) filters.terms[name] = params.getAll(facetParams[name]).filter(Boolean);
  const age = Number.parseInt(params.get('age') ?? '', 10);
  if (Number.isFinite(age) && age >= 0 && age <= 120) filters.age = age;
  filters.openNow = params.get('open') === '1';
  return { query: params.get('q') ?? '', filters };
}

/** URL parameters for a query and filters, in a stable order (for `searchPath`). */
export function searchParamsOf(query: string, filters: SearchFilters): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (query.trim()) params['q'] = query.trim();
  if (filters.kinds.length) params[facetParams.kinds] = filters.kinds;
  for (const name of facetVocabularies) if (filters.terms[name].length) params[facetParams[name]] = filters.terms[name];
  if (filters.age !== undefined) params['age'] = String(filters.age);
  if (filters.openNow) params['open'] = '1';
  return params;
}

type Facet = FacetVocabulary | 'kinds' | 'age' | 'openNow';

/** Does a document pass every filter except `skip` (for counting the options of `skip`)? */
export function passesFilters(
  doc: SearchDoc,
  filters: SearchFilters,
  index: Pick<SearchIndex, 'hours' | 'timeZone'>,
  now: Date,
  skip?: Facet,
): boolean {
  if (skip !== 'kinds' && filters.kinds.length > 0 && !filters.kinds.includes(doc.c)) return false;
  for (const name of facetVocabularies) {
    const wanted = filters.terms[name];
    if (skip === name || wanted.length === 0) continue;
    const values = doc.f?.[name] ?? [];
    if (values.length === 0 && openWhenEmpty.has(name)) continue;
    if (!values.some((value) => wanted.includes(value))) return false;
  }
  if (skip !== 'age' && filters.age !== undefined && doc.a) {
    const [min, max] = doc.a;
    if ((min !== null && filters.age < min) || (max !== null && filters.age > max)) return false;
  }
  if (skip !== 'openNow' && filters.openNow && openState(doc, index, now) !== 'open') return false;
  return true;
}

/**
 * How many of `docs` each facet value would show, counting every facet against the other
 * filters only (so ticking a second topic shows how many it would add).
 */
export function facetCounts(
  docs: readonly SearchDoc[],
  filters: SearchFilters,
  index: Pick<SearchIndex, 'hours' | 'timeZone'>,
  now: Date,
): { kinds: Record<string, number>; terms: Record<FacetVocabulary, Record<string, number>>; openNow: number } {
  const kinds: Record<string, number> = {};
  for (const doc of docs) if (passesFilters(doc, filters, index, now, 'kinds')) kinds[doc.c] = (kinds[doc.c] ?? 0) + 1;
  const terms = {} as Record<FacetVocabulary, Record<string, number>>;
  for (const name of facetVocabularies) {
    const counts: Record<string, number> = {};
    for (const doc of docs) {
      if (!passesFilters(doc, filters, index, now, name)) continue;
      for (const value of doc.f?.[name] ?? []) counts[value] = (counts[value] ?? 0) + 1;
    }
    terms[name] = counts;
  }
  const openNow = docs.filter((doc) => passesFilters(doc, filters, index, now, 'openNow') && openState(doc, index, now) === 'open').length;
  return { kinds, terms, openNow };
}
