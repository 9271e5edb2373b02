/** One query of the relevance set (tests/fixtures/search-queries.json). */
export interface RelevanceQuery {
  query: string;
  locale: string;
  /** Entries that must appear in the top 3. */
  expect: string[];
  kind: string;
  note?: string;
  /**
   * "translation": the query is in words only a translation of the expected entries into its
   * language has; it counts once those translations exist (`countsYet`).
   */
  needs?: 'translation';
}

/**
 * Whether a query counts in the figures with the content as it is: one that needs translations
 * waits until every expected entry has one in the query's language.
 */
export function countsYet(query: RelevanceQuery, isTranslated: (id: string, locale: string) => boolean): boolean {
  return query.needs !== 'translation' || query.expect.every((id) => isTranslated(id, query.locale));
}

/** How one query did. */
interface QueryOutcome {
  query: RelevanceQuery;
  /** The first ten ids returned. */
  top: string[];
  /** Share of the expected entries in the top 3. */
  recall: number;
  /** 1-based rank of the first expected entry in the top 10, or null. */
  rank: number | null;
}

/** Recall@3 and mean reciprocal rank over a query set. */
interface RelevanceFigures {
  recallAt3: number;
  mrr: number;
  outcomes: QueryOutcome[];
}

/**
 * Measure an engine on the relevance set. `rank` returns the ids of the hits in order.
 * Recall@3 averages, per query, the share of expected entries found in the top 3; MRR uses the
 * first expected entry within the top 10 (0 when none is there).
 */
export function measureRelevance(queries: readonly RelevanceQuery[], rank: (query: string, locale: string) => string[]): RelevanceFigures {
  const outcomes = queries.map((query): QueryOutcome => {
    const top = rank(query.query, query.locale).slice(0, 10);
    const found = query.expect.filter((id) => top.slice(0, 3).includes(id)).length;
    const position = top.findIndex((id) => query.expect.includes(id));
    return { query, top, recall: found / query.expect.length, rank: position < 0 ? null : position + 1 };
  });
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    recallAt3: mean(outcomes.map((outcome) => outcome.recall)),
    mrr: mean(outcomes.map((outcome) => (outcome.rank ? 1 / outcome.rank : 0))),
    outcomes,
  };
}
