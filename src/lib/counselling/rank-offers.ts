import type { Verdict } from '../eligibility.ts';
import { judge, type SearchFilters } from '../search/search-filters.ts';
import type { SearchDoc, SearchIndex } from '../search/search-index-types.ts';

/**
 * What the counselling comparison asks: the person's situation (age, residence status,
 * language, district, accommodation) and the offer wanted (form of counselling, free of
 * charge), in the order the reasons are told.
 */
export const comparisonCriteria = ['age', 'residence-statuses', 'languages', 'districts', 'accommodation', 'forms', 'free'] as const;
export type ComparisonCriterion = (typeof comparisonCriteria)[number];

/** Criteria about who may come; a service that turns nobody away may still see the person. */
const eligibility: ReadonlySet<ComparisonCriterion> = new Set(['age', 'residence-statuses', 'districts', 'accommodation']);

/** How one offer stands to the situation. */
export interface OfferFit {
  doc: SearchDoc;
  /** True when no criterion asked is missed. */
  fits: boolean;
  /** One verdict per criterion asked, in `comparisonCriteria` order. */
  verdicts: { criterion: ComparisonCriterion; verdict: Verdict }[];
}

/** How one offer stands to each criterion of the filters (the search's own rule, `judge`). */
export function fitOf(
  doc: SearchDoc,
  filters: SearchFilters,
  index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'>,
  now: Date,
): OfferFit {
  const verdicts = comparisonCriteria.flatMap((criterion) => {
    const verdict = judge(doc, filters, criterion, index, now);
    return verdict ? [{ criterion, verdict }] : [];
  });
  return { doc, fits: verdicts.every(({ verdict }) => verdict !== 'miss'), verdicts };
}

/**
 * Offers in the order a counsellor reads them: those that fit first, then the others, the
 * nearest misses first. Among equals, the offer made for this situation (it names the
 * person's district, language, status) comes before the one that merely sets no condition
 * (whole city, any status); otherwise the given order stays (stable sort).
 */
export function rankOffers(
  docs: readonly SearchDoc[],
  filters: SearchFilters,
  index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'>,
  now: Date,
): OfferFit[] {
  const count = (fit: OfferFit, wanted: Verdict) => fit.verdicts.filter(({ verdict }) => verdict === wanted).length;
  return docs
    .map((doc) => fitOf(doc, filters, index, now))
    .sort((a, b) => count(a, 'miss') - count(b, 'miss') || count(b, 'match') - count(a, 'match'));
}

/** True when the offer misses only on who may come (not on language, form or cost). */
export function missesOnlyEligibility(fit: OfferFit): boolean {
  const missed = fit.verdicts.filter(({ verdict }) => verdict === 'miss');
  return missed.length > 0 && missed.every(({ criterion }) => eligibility.has(criterion));
}
