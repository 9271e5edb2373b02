/**
 * The quality bars of the product brief (§5) that bench figures are held against. Modules
 * import their budget from here so the table and the brief say the same thing.
 */
export const budgets = {
  build: {
    area: 'Build',
    text: 'succeeds for the demo and for 2,000 entries × 7 languages',
  },
  pageWeight: {
    area: 'Page weight',
    text: 'HTML + CSS of an entry page ≤ 30 KB gzipped; no JavaScript but its islands',
    maxGzipBytes: 30 * 1024,
  },
  pageScript: {
    area: 'Page weight',
    text: 'JavaScript loaded up front per page type (islands only), gzipped',
  },
  webVitals: {
    area: 'Web Vitals',
    text: 'per template (Lighthouse, mobile, simulated slow 4G): CLS < 0.1, LCP ≤ 2.5 s',
    maxCls: 0.1,
    maxLcpMs: 2500,
  },
  searchIndex: {
    area: 'Search',
    text: 'index per locale ≤ 150 KB gzipped at 2,000 entries',
    maxGzipBytes: 150 * 1024,
  },
  searchQuery: {
    area: 'Search',
    text: 'a query answers in < 16 ms at 2,000 entries',
    maxMilliseconds: 16,
  },
  searchRelevance: {
    area: 'Search relevance',
    text: 'recall@3 ≥ 0.9 on tests/fixtures/search-queries.json',
    minRecallAt3: 0.9,
  },
} as const;
