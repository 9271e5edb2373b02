/**
 * The quality bars of the product brief (§5) that bench figures are held against. Modules
 * import their budget from here so the table and the brief say the same thing.
 */
export const budgets = {
  build: {
    area: 'Build',
    text: 'succeeds for the demo and for 2,000 entries × 7 languages',
  },
  // Issue 9: fast publishing, against a bare Astro project of 14,000 trivial pages built in the same run.
  buildThroughput: {
    area: 'Build',
    text: 'pages per second ≥ 0.5 × the bare Astro reference',
    minRatio: 0.5,
  },
  buildMemoryDemo: {
    area: 'Build',
    text: 'peak memory of the demo build (largest process) ≤ 1.2 GB',
    maxBytes: 1.2e9,
  },
  syntheticTime: {
    area: 'Build',
    text: 'synthetic 2,000 × 7 builds in ≤ 90 s',
    maxSeconds: 90,
  },
  syntheticMemory: {
    area: 'Build',
    text: 'synthetic 2,000 × 7: peak memory (largest process) ≤ 2.5 GB',
    maxBytes: 2.5e9,
  },
  publish: {
    area: 'Publishing',
    text: 'npm run build && npm run papers (demo) ≤ 4 × the bare reference build',
    maxRatio: 4,
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
    text: 'a query answers in ≤ 1 ms (p95, Chromium) at 2,000 entries',
    maxMilliseconds: 1,
  },
  searchQueryLarge: {
    area: 'Search',
    text: 'a query answers in ≤ 16 ms (p95, Chromium) at 20,000 entries',
    maxMilliseconds: 16,
    entries: 20_000,
  },
  searchRelevance: {
    area: 'Search relevance',
    text: 'recall@3 ≥ 0.95 and MRR ≥ 0.85 in every language (tests/fixtures/search-queries.json)',
    minRecallAt3: 0.95,
    minMrr: 0.85,
  },
} as const;
