import type { FacetName } from '../search/search-index-types.ts';
import type { Verdict } from '../eligibility.ts';
import type { SearchFilters } from '../search/search-filters.ts';
import type { ComparisonCriterion, OfferFit } from './rank-offers.ts';

/**
 * The words of the reasons, in the page language (UI strings `compare.reason.*` and the
 * comparison's "any" words); `{value}` is the situation's value, e.g. "berät auf {value}".
 */
export interface FitPhrases {
  anyAge: string;
  statusMatch: string;
  anyStatus: string;
  statusMiss: string;
  languageMatch: string;
  languageMiss: string;
  districtMatch: string;
  wholeCity: string;
  districtMiss: string;
  housingMatch: string;
  anyHousing: string;
  housingMiss: string;
  formMatch: string;
  formMiss: string;
  free: string;
  notFree: string;
}

/** One reason: what it says and whether it speaks for the offer. */
export interface Reason {
  criterion: ComparisonCriterion;
  ok: boolean;
  text: string;
}

/** What the reasons of one offer are told from. */
export interface ReasonContext {
  filters: SearchFilters;
  phrases: FitPhrases;
  /** Label of a facet value in the page language (a district, a language, …). */
  label: (facet: FacetName, value: string) => string;
  /** The offer's own age range as the page writes it ("ab 27 Jahren"). */
  ownAge: string;
  /** A list in the page language, "A or B" (Intl.ListFormat). */
  list: (items: string[]) => string;
}

const fill = (template: string, value: string) => template.replace('{value}', value);

/**
 * The reasons an offer fits or not, one per criterion asked, e.g. "ab 27 Jahren ✓",
 * "berät auf Arabisch ✓", "nicht für Westend ✗". For a match the reason names the values the
 * offer has; for a miss the values asked for (or, for accommodation, the ones it is limited to).
 */
export function describeFit(fit: OfferFit, context: ReasonContext): Reason[] {
  const { filters, phrases, label, list } = context;
  const values = (facet: FacetName, verdict: Verdict) => {
    const wanted = filters.terms[facet];
    const own = fit.doc.f?.[facet] ?? [];
    const shown = verdict === 'match' ? wanted.filter((value) => own.includes(value)) : facet === 'accommodation' ? own : wanted;
    return list(shown.map((value) => label(facet, value)));
  };
  const facetText = (facet: FacetName, verdict: Verdict, match: string, open: string, miss: string) =>
    verdict === 'open' ? open : fill(verdict === 'match' ? match : miss, values(facet, verdict));
  return fit.verdicts.map(({ criterion, verdict }): Reason => {
    const ok = verdict !== 'miss';
    switch (criterion) {
      case 'age':
        return { criterion, ok, text: verdict === 'open' ? phrases.anyAge : context.ownAge };
      case 'free':
        return { criterion, ok, text: ok ? phrases.free : phrases.notFree };
      case 'residence-statuses':
        return { criterion, ok, text: facetText(criterion, verdict, phrases.statusMatch, phrases.anyStatus, phrases.statusMiss) };
      case 'languages':
        return { criterion, ok, text: facetText(criterion, verdict, phrases.languageMatch, '', phrases.languageMiss) };
      case 'districts':
        return { criterion, ok, text: facetText(criterion, verdict, phrases.districtMatch, phrases.wholeCity, phrases.districtMiss) };
      case 'accommodation':
        return { criterion, ok, text: facetText(criterion, verdict, phrases.housingMatch, phrases.anyHousing, phrases.housingMiss) };
      case 'forms':
        return { criterion, ok, text: facetText(criterion, verdict, phrases.formMatch, '', phrases.formMiss) };
    }
  });
}
