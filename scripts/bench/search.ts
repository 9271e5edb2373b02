import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch, type SearchBenchResult, type SetTimings } from './search/measure-search.ts';
import { budgets } from './support/budgets.ts';
import type { BenchContext, BuildResult, Row } from './support/types.ts';

/**
 * Search (issues 4 and 14): index size per language of each built data set and of a
 * 20,000-entry set synthesized from the 2,000-entry one; query latency in Node and in Chromium
 * for the demo, 2,000 and 20,000 entries, with the alternatives that were weighed against the
 * design Lotse ships; recall@3 and MRR on the relevance set, per language (demo content only: the
 * queries name demo entries). The detailed comparison is printed above the table.
 */
export async function run(context: BenchContext): Promise<Row[]> {
  const builds = new Map<string, BuildResult>();
  for (const dataset of context.datasets) builds.set(dataset.name, await context.build(dataset));
  const demo = builds.get('demo');
  const synthetic = builds.get('synthetic');
  const rows: Row[] = [];

  for (const build of builds.values()) rows.push(...indexSizeRows(build));

  // Latency and relevance need the demo site: its index answers the relevance set and its page
  // hosts the Chromium timing.
  if (!demo) return rows;
  const result = await benchSearch({
    distDir: demo.outDir,
    ...(synthetic ? { syntheticDistDir: synthetic.outDir } : {}),
  });
  const labels = {
    demo: demo.dataset.label,
    synthetic: synthetic?.dataset.label ?? `synthesized ${result.synthetic.entries.toLocaleString('en-GB')}`,
    large: `synthesized ${result.large.entries.toLocaleString('en-GB')}`,
  };
  rows.push({
    area: budgets.searchIndex.area,
    dataset: labels.large,
    figure: 'index de, gzipped',
    value: result.large.gzip / 1024,
    unit: 'KB',
  });
  rows.push(...latencyRows('Node', result.node, labels, false));
  if (result.chromium && 'demo' in result.chromium) {
    rows.push(...latencyRows('Chromium', result.chromium, labels, true));
  } else {
    throw new Error(`Chromium timing failed: ${result.chromium?.error ?? 'not run'}`);
  }
  rows.push(...relevanceRows(result, demo.dataset.label));
  return rows;
}

function indexSizeRows(build: BuildResult): Row[] {
  const atScale = build.dataset.name === 'synthetic';
  return readdirSync(build.outDir)
    .filter((locale) => {
      try {
        readFileSync(join(build.outDir, locale, 'search-index.json'));
        return true;
      } catch {
        return false;
      }
    })
    .map((locale) => {
      const gzip = gzipSync(readFileSync(join(build.outDir, locale, 'search-index.json'))).length;
      return {
        area: budgets.searchIndex.area,
        dataset: build.dataset.label,
        figure: `index ${locale}, gzipped`,
        value: gzip / 1024,
        unit: 'KB',
        ...(atScale ? { budget: budgets.searchIndex.text, ok: gzip <= budgets.searchIndex.maxGzipBytes } : {}),
      };
    });
}

/**
 * The shipped design's p50/p95 for each set, then every alternative's p95 at 2,000 entries. The
 * budgets hold in Chromium, where visitors search; Node's figures are for comparison.
 */
function latencyRows(engine: string, timings: SetTimings, labels: Record<keyof SetTimings, string>, withBudget: boolean): Row[] {
  const budgetOf = { demo: undefined, synthetic: budgets.searchQuery, large: budgets.searchQueryLarge };
  const rows: Row[] = [];
  for (const set of ['demo', 'synthetic', 'large'] as const) {
    const shipped = timings[set][0];
    if (!shipped) continue;
    const budget = withBudget ? budgetOf[set] : undefined;
    rows.push(
      {
        area: budgets.searchQuery.area,
        dataset: labels[set],
        figure: `${engine}: query p50 (${shipped.name})`,
        value: shipped.p50,
        unit: 'ms',
      },
      {
        area: budgets.searchQuery.area,
        dataset: labels[set],
        figure: `${engine}: query p95`,
        value: shipped.p95,
        unit: 'ms',
        ...(budget ? { budget: budget.text, ok: shipped.p95 <= budget.maxMilliseconds } : {}),
      },
    );
  }
  for (const alternative of timings.synthetic.slice(1)) {
    rows.push({
      area: budgets.searchQuery.area,
      dataset: labels.synthetic,
      figure: `${engine}: p95, alternative ${alternative.name}`,
      value: alternative.p95,
      unit: 'ms',
    });
  }
  return rows;
}

function relevanceRows(result: SearchBenchResult, demoLabel: string): Row[] {
  const { area, text, minRecallAt3, minMrr } = budgets.searchRelevance;
  const perLocale = result.relevanceByLocale.flatMap((figure): Row[] => {
    const queries = `${figure.counted} queries${figure.waiting ? `, ${figure.waiting} waiting for translations` : ''}`;
    return [
      {
        area,
        dataset: demoLabel,
        figure: `recall@3, ${figure.locale} (${queries})`,
        value: figure.recallAt3,
        budget: text,
        ok: figure.recallAt3 >= minRecallAt3,
      },
      { area, dataset: demoLabel, figure: `MRR, ${figure.locale}`, value: figure.mrr, budget: text, ok: figure.mrr >= minMrr },
    ];
  });
  const designs = result.relevance.flatMap((figure, position): Row[] => {
    const name = position === 0 ? `${figure.name}, all languages` : `alternative ${figure.name}`;
    return [
      { area, dataset: demoLabel, figure: `recall@3, ${name}`, value: figure.recallAt3 },
      { area, dataset: demoLabel, figure: `MRR, ${name}`, value: figure.mrr },
    ];
  });
  return [...perLocale, ...designs];
}
