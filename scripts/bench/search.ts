import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch, type SearchBenchResult, type Timing } from './search/measure-search.ts';
import { budgets } from './support/budgets.ts';
import type { BenchContext, BuildResult, Row } from './support/types.ts';

/**
 * Search (issue 4): index size per language of each built data set, query latency in Node and in
 * Chromium for the demo and the 2,000-entry set, with the alternatives that were weighed against
 * the design Lotse ships, and recall@3 / MRR on the relevance set (demo content only: the queries
 * name demo entries). The detailed comparison is printed above the table.
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
  const largeLabel = synthetic?.dataset.label ?? `synthesized ${result.synthetic.entries}`;
  rows.push(...latencyRows('Node', result.node, demo.dataset.label, largeLabel));
  if (result.chromium && 'demo' in result.chromium) {
    rows.push(...latencyRows('Chromium', result.chromium, demo.dataset.label, largeLabel));
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

/** The shipped design's p50/p95 for both sets, then every alternative's p95 at 2,000 entries. */
function latencyRows(engine: string, timings: { demo: Timing[]; synthetic: Timing[] }, demoLabel: string, largeLabel: string): Row[] {
  const [shipped, ...alternatives] = timings.synthetic;
  const rows: Row[] = [];
  const shippedDemo = timings.demo[0];
  if (shippedDemo) {
    rows.push(
      {
        area: budgets.searchQuery.area,
        dataset: demoLabel,
        figure: `${engine}: query p50 (${shippedDemo.name})`,
        value: shippedDemo.p50,
        unit: 'ms',
      },
      { area: budgets.searchQuery.area, dataset: demoLabel, figure: `${engine}: query p95`, value: shippedDemo.p95, unit: 'ms' },
    );
  }
  if (shipped) {
    rows.push(
      {
        area: budgets.searchQuery.area,
        dataset: largeLabel,
        figure: `${engine}: query p50 (${shipped.name})`,
        value: shipped.p50,
        unit: 'ms',
      },
      {
        area: budgets.searchQuery.area,
        dataset: largeLabel,
        figure: `${engine}: query p95`,
        value: shipped.p95,
        unit: 'ms',
        budget: budgets.searchQuery.text,
        ok: shipped.p95 < budgets.searchQuery.maxMilliseconds,
      },
    );
  }
  for (const alternative of alternatives) {
    rows.push({
      area: budgets.searchQuery.area,
      dataset: largeLabel,
      figure: `${engine}: p95, alternative ${alternative.name}`,
      value: alternative.p95,
      unit: 'ms',
    });
  }
  return rows;
}

function relevanceRows(result: SearchBenchResult, demoLabel: string): Row[] {
  return result.relevance.flatMap((figure, position) => {
    const name = position === 0 ? figure.name : `alternative ${figure.name}`;
    return [
      {
        area: budgets.searchRelevance.area,
        dataset: demoLabel,
        figure: `recall@3, ${name}`,
        value: figure.recallAt3,
        ...(position === 0 ? { budget: budgets.searchRelevance.text, ok: figure.recallAt3 >= budgets.searchRelevance.minRecallAt3 } : {}),
      },
      { area: budgets.searchRelevance.area, dataset: demoLabel, figure: `MRR, ${name}`, value: figure.mrr },
    ];
  });
}
