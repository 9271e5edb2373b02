import { describe, expect, it } from 'vitest';
import { describeFit, type FitPhrases } from '#src/lib/counselling/describe-fit.ts';
import { missesOnlyEligibility, rankOffers, type OfferFit } from '#src/lib/counselling/rank-offers.ts';
import { emptyFilters, type SearchFilters } from '#src/lib/search/search-filters.ts';
import type { SearchDoc, SearchIndex } from '#src/lib/search/search-index-types.ts';

const index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'> = { hours: [], timeZone: 'Europe/Berlin', built: '2026-11-22' };
const now = new Date('2026-11-23T09:00:00+01:00');

/** The overlapping offers of the study (MBE 27+, JMD 12–26, FIB in shared housing, a paid one), as search documents. */
const docs: SearchDoc[] = [
  {
    id: 'jmd',
    c: 'services',
    t: '',
    a: [12, 26],
    fr: 1,
    f: { languages: ['de', 'ar'] },
    u: ['districts', 'residence-statuses', 'accommodation'],
  },
  {
    id: 'beratung-stadt',
    c: 'services',
    t: '',
    fr: 1,
    f: { languages: ['de', 'ar'] },
    u: ['districts', 'residence-statuses', 'accommodation'],
  },
  {
    id: 'mbe-awo',
    c: 'services',
    t: '',
    a: [27, null],
    fr: 1,
    f: { languages: ['de', 'ar', 'tr'], districts: ['altstadt', 'westend'], 'residence-statuses': ['aufenthaltserlaubnis'] },
    u: ['accommodation'],
  },
  {
    id: 'mbe-caritas',
    c: 'services',
    t: '',
    a: [27, null],
    fr: 1,
    f: { languages: ['de', 'ru'], districts: ['suedstadt'] },
    u: ['accommodation'],
  },
  { id: 'fib-gu', c: 'services', t: '', fr: 1, f: { languages: ['ar', 'fa'], districts: ['westend'], accommodation: ['shared-housing'] } },
  { id: 'mieter', c: 'services', t: '', a: [18, null], fr: 0, f: { languages: ['de', 'ar'] }, u: ['districts', 'accommodation'] },
];

const phrases: FitPhrases = {
  anyAge: 'jedes Alter',
  statusMatch: 'für {value}',
  anyStatus: 'unabhängig vom Aufenthaltsstatus',
  statusMiss: 'nicht für {value}',
  languageMatch: 'berät auf {value}',
  languageMiss: 'berät nicht auf {value}',
  districtMatch: 'für {value}',
  wholeCity: 'ganze Stadt',
  districtMiss: 'nicht für {value}',
  housingMatch: 'Wohnform passt: {value}',
  anyHousing: 'jede Wohnform',
  housingMiss: 'nur für: {value}',
  formMatch: 'bietet {value}',
  formMiss: 'ohne {value}',
  free: 'kostenlos',
  notFree: 'kostenpflichtig',
};
const labels: Record<string, string> = {
  ar: 'Arabisch',
  westend: 'Westend',
  'shared-housing': 'Gemeinschaftsunterkunft',
  'own-flat': 'eigene Wohnung',
  aufenthaltserlaubnis: 'Aufenthaltserlaubnis',
};
const ages: Record<string, string> = {
  jmd: '12 bis 26 Jahre',
  'mbe-awo': 'ab 27 Jahren',
  'mbe-caritas': 'ab 27 Jahren',
  mieter: 'ab 18 Jahren',
};
const list = new Intl.ListFormat('de', { type: 'disjunction' });

function reasons(fit: OfferFit, filters: SearchFilters): string[] {
  return describeFit(fit, {
    filters,
    phrases,
    label: (_facet, value) => labels[value] ?? value,
    ownAge: ages[fit.doc.id] ?? '',
    list: (items) => list.format(items),
  }).map((reason) => `${reason.text} ${reason.ok ? '✓' : '✗'}`);
}

/** "Free migration counselling in Arabic for a 30-year-old in the Westend." */
function situation(): SearchFilters {
  const filters = emptyFilters();
  filters.age = 30;
  filters.terms.languages = ['ar'];
  filters.terms.districts = ['westend'];
  filters.free = true;
  return filters;
}

describe('the counselling comparison for a situation', () => {
  it('puts the offers that fit first, the one made for the district before the one for the whole city', () => {
    const ranked = rankOffers(docs, situation(), index, now);
    expect(ranked.filter((fit) => fit.fits).map((fit) => fit.doc.id)).toEqual(['mbe-awo', 'fib-gu', 'beratung-stadt']);
    expect(ranked.slice(0, 3).every((fit) => fit.fits)).toBe(true);
  });

  it('says why an offer fits, criterion by criterion', () => {
    const filters = situation();
    const mbe = rankOffers(docs, filters, index, now).find((fit) => fit.doc.id === 'mbe-awo')!;
    expect(reasons(mbe, filters)).toEqual(['ab 27 Jahren ✓', 'berät auf Arabisch ✓', 'für Westend ✓', 'kostenlos ✓']);
    const city = rankOffers(docs, filters, index, now).find((fit) => fit.doc.id === 'beratung-stadt')!;
    expect(reasons(city, filters)).toEqual(['jedes Alter ✓', 'berät auf Arabisch ✓', 'ganze Stadt ✓', 'kostenlos ✓']);
  });

  it('lists the others after them, the nearest miss first, each saying why not', () => {
    const filters = situation();
    const ranked = rankOffers(docs, filters, index, now);
    const others = ranked.filter((fit) => !fit.fits);
    expect(others.map((fit) => fit.doc.id)).toEqual(['jmd', 'mieter', 'mbe-caritas']);
    expect(reasons(others[0]!, filters)).toEqual(['12 bis 26 Jahre ✗', 'berät auf Arabisch ✓', 'ganze Stadt ✓', 'kostenlos ✓']);
    expect(reasons(others[1]!, filters)).toContain('kostenpflichtig ✗');
    expect(reasons(others[2]!, filters)).toEqual(['ab 27 Jahren ✓', 'berät nicht auf Arabisch ✗', 'nicht für Westend ✗', 'kostenlos ✓']);
  });

  it('names the accommodation an offer is limited to when the person lives elsewhere', () => {
    const filters = situation();
    filters.terms.accommodation = ['own-flat'];
    const fib = rankOffers(docs, filters, index, now).find((fit) => fit.doc.id === 'fib-gu')!;
    expect(fib.fits).toBe(false);
    expect(reasons(fib, filters)).toContain('nur für: Gemeinschaftsunterkunft ✗');
    expect(reasons(rankOffers(docs, filters, index, now)[0]!, filters)).toContain('jede Wohnform ✓');
  });

  it('names the status asked for, or says the offer does not depend on it', () => {
    const filters = emptyFilters();
    filters.terms['residence-statuses'] = ['aufenthaltserlaubnis'];
    const ranked = rankOffers(docs, filters, index, now);
    expect(
      reasons(
        ranked.find((fit) => fit.doc.id === 'mbe-awo')!,
        filters,
      ),
    ).toEqual(['für Aufenthaltserlaubnis ✓']);
    expect(
      reasons(
        ranked.find((fit) => fit.doc.id === 'jmd')!,
        filters,
      ),
    ).toEqual(['unabhängig vom Aufenthaltsstatus ✓']);
  });

  it('tells a miss on who may come (age, status, district) from a miss on language or cost', () => {
    const ranked = rankOffers(docs, situation(), index, now);
    expect(missesOnlyEligibility(ranked.find((fit) => fit.doc.id === 'jmd')!)).toBe(true);
    expect(missesOnlyEligibility(ranked.find((fit) => fit.doc.id === 'mieter')!)).toBe(false);
    expect(missesOnlyEligibility(ranked.find((fit) => fit.doc.id === 'mbe-awo')!)).toBe(false);
  });

  it('keeps the given order and gives no reasons without a situation', () => {
    const ranked = rankOffers(docs, emptyFilters(), index, now);
    expect(ranked.map((fit) => fit.doc.id)).toEqual(docs.map((doc) => doc.id));
    expect(ranked.every((fit) => fit.fits && fit.verdicts.length === 0)).toBe(true);
  });
});
