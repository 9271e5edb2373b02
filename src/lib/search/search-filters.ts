import { ageVerdict, termVerdict, type Verdict } from '../eligibility.ts';
import { openState } from './open-now.ts';
import { facetNames, type FacetName, type SearchDoc, type SearchIndex } from './search-index-types.ts';

/** What a counsellor narrowed the results to. Several values of one facet mean "any of them". */
export interface SearchFilters {
  kinds: string[];
  terms: Record<FacetName, string[]>;
  /** Age of the person; entries without an age range fit every age. */
  age?: number;
  /** Only offers free of charge. */
  free: boolean;
  openNow: boolean;
}

/** URL parameter of each facet: short, readable, stable (bookmarks and shared links use them). */
export const facetParams: Record<FacetName | 'kinds', string> = {
  kinds: 'kind',
  topics: 'topic',
  'target-groups': 'group',
  'residence-statuses': 'status',
  languages: 'lang',
  districts: 'district',
  'cooperation-levels': 'level',
  forms: 'form',
  accommodation: 'housing',
};

/** Facets where any entry with no value fits every value (eligibility, not description). */
const openWhenEmpty: ReadonlySet<FacetName> = new Set(['residence-statuses']);

/**
 * Whether no value on a facet means "every value" for this document: the entry's field says so
 * (schema `emptyMeansAll`, recorded in `u`: whole city, any accommodation) or the facet is
 * about eligibility for every entry (residence status).
 */
function emptyMeansAll(doc: SearchDoc, name: FacetName): boolean {
  return doc.u?.includes(name) === true || openWhenEmpty.has(name);
}

/** Everything a filter can ask of an entry, in the order a reason is told. */
export type Criterion = 'kinds' | 'age' | FacetName | 'free' | 'openNow';
export const criteria: readonly Criterion[] = ['kinds', 'age', ...facetNames, 'free', 'openNow'];

/** No filter at all. */
export function emptyFilters(): SearchFilters {
  return {
    kinds: [],
    terms: Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as Record<FacetName, string[]>,
    free: false,
    openNow: false,
  };
}

/** True when any facet is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return criteria.some((criterion) => isSet(filters, criterion));
}

/** True when the filter asks something of this criterion. */
export function isSet(filters: SearchFilters, criterion: Criterion): boolean {
  switch (criterion) {
    case 'kinds':
      return filters.kinds.length > 0;
    case 'age':
      return filters.age !== undefined;
    case 'free':
      return filters.free;
    case 'openNow':
      return filters.openNow;
    default:
      return filters.terms[criterion].length > 0;
  }
}

/** Query text and filters from URL parameters (`?q=…&topic=arbeit&topic=sprache&age=19&free=1&open=1`). */
export function readSearchParams(params: URLSearchParams): { query: string; filters: SearchFilters } {
  const filters = emptyFilters();
  filters.kinds = params.getAll(facetParams.kinds).filter(Boolean);
  for (const name of facetNames) filters.terms[name] = params.getAll(facetParams[name]).filter(Boolean);
  const age = Number.parseInt(params.get('age') ?? '', 10);
  if (Number.isFinite(age) && age >= 0 && age <= 120) filters.age = age;
  filters.free = params.get('free') === '1';
  filters.openNow = params.get('open') === '1';
  return { query: params.get('q') ?? '', filters };
}

/** URL parameters for a query and filters, in a stable order (for `searchPath`). */
export function searchParamsOf(query: string, filters: SearchFilters): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  if (query.trim()) params['q'] = query.trim();
  if (filters.kinds.length) params[facetParams.kinds] = filters.kinds;
  for (const name of facetNames) if (filters.terms[name].length) params[facetParams[name]] = filters.terms[name];
  if (filters.age !== undefined) params['age'] = String(filters.age);
  if (filters.free) params['free'] = '1';
  if (filters.openNow) params['open'] = '1';
  return params;
}

type HoursOf = Pick<SearchIndex, 'hours' | 'timeZone' | 'built'>;

/**
 * How a document stands to one criterion of the filters; undefined when the filter does not
 * ask about it. The one place a filter rule lives: search results, facet counts and the
 * counselling comparison (which tells the reasons) all ask here.
 */
export function judge(doc: SearchDoc, filters: SearchFilters, criterion: Criterion, index: HoursOf, now: Date): Verdict | undefined {
  if (!isSet(filters, criterion)) return undefined;
  switch (criterion) {
    case 'kinds':
      return filters.kinds.includes(doc.c) ? 'match' : 'miss';
    case 'age': {
      if (filters.age === undefined) return undefined;
      const [min, max] = doc.a ?? [null, null];
      return ageVerdict({ ageMin: min ?? undefined, ageMax: max ?? undefined }, filters.age);
    }
    case 'free':
      return doc.fr === 1 ? 'match' : 'miss';
    case 'openNow':
      return openState(doc, index, now) === 'open' ? 'match' : 'miss';
    default:
      return termVerdict(doc.f?.[criterion] ?? [], filters.terms[criterion], emptyMeansAll(doc, criterion));
  }
}

/** Does a document pass every filter except `skip` (for counting the options of `skip`)? */
export function passesFilters(doc: SearchDoc, filters: SearchFilters, index: HoursOf, now: Date, skip?: Criterion): boolean {
  return criteria.every((criterion) => criterion === skip || judge(doc, filters, criterion, index, now) !== 'miss');
}

/** True when the entry sets no condition on a facet, so it fits every value of it. */
function fitsEveryValue(doc: SearchDoc, name: FacetName): boolean {
  return termVerdict(doc.f?.[name] ?? [], [], emptyMeansAll(doc, name)) === 'open';
}

/**
 * How many of `docs` each facet value would show, counting every facet against the other
 * filters only (so ticking a second topic shows how many it would add). An entry without a
 * condition on a facet (whole city, any status) counts for every value of it.
 */
export function facetCounts(
  docs: readonly SearchDoc[],
  filters: SearchFilters,
  index: HoursOf,
  now: Date,
): { kinds: Record<string, number>; terms: Record<FacetName, Record<string, number>>; free: number; openNow: number } {
  const kinds: Record<string, number> = {};
  for (const doc of docs) if (passesFilters(doc, filters, index, now, 'kinds')) kinds[doc.c] = (kinds[doc.c] ?? 0) + 1;
  const terms = {} as Record<FacetName, Record<string, number>>;
  for (const name of facetNames) {
    const counts: Record<string, number> = {};
    for (const doc of docs) for (const value of doc.f?.[name] ?? []) counts[value] ??= 0;
    let everyValue = 0;
    for (const doc of docs) {
      if (!passesFilters(doc, filters, index, now, name)) continue;
      if (fitsEveryValue(doc, name)) everyValue++;
      else for (const value of doc.f?.[name] ?? []) counts[value] = (counts[value] ?? 0) + 1;
    }
    for (const value of Object.keys(counts)) counts[value] = (counts[value] ?? 0) + everyValue;
    terms[name] = counts;
  }
  const count = (criterion: 'free' | 'openNow') =>
    docs.filter(
      (doc) =>
        passesFilters(doc, filters, index, now, criterion) &&
        judge(doc, { ...filters, [criterion]: true }, criterion, index, now) === 'match',
    ).length;
  return { kinds, terms, free: count('free'), openNow: count('openNow') };
}
