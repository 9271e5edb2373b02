/**
 * Search benchmark (issue 4). Prints and returns:
 * - index size per language (raw and gzipped) of a built site, and of a 2,000-entry set (the
 *   synthetic build's German index when given, otherwise one synthesized from the site's index);
 * - query latency p50/p95 of the design Lotse ships and of the alternatives, for the demo content
 *   and the synthetic set, in Node and in Debian's Chromium;
 * - recall@3 and MRR on tests/fixtures/search-queries.json, per design.
 *
 * Standalone with every design side by side: `npm run bench:search [-- distDir]` (default dist/;
 * build first). `npm run bench` calls it through scripts/bench/search.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureRelevance, type RelevanceQuery } from '../../../src/lib/search/measure-relevance.ts';
import {
  decodeSearchIndex,
  encodeSearchIndex,
  type SearchIndex,
  type WireSearchIndex,
} from '../../../src/lib/search/search-index-types.ts';
import { allDesigns, timeQueries, typingQueries } from './alternatives.ts';
import { synthesizeIndex } from './synthesize-index.ts';

import { budgets } from '../support/budgets.ts';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
}

export interface SearchBenchResult {
  sizes: { locale: string; raw: number; gzip: number }[];
  synthetic: { entries: number; raw: number; gzip: number };
  node: { demo: Timing[]; synthetic: Timing[] };
  chromium?: { demo: Timing[]; synthetic: Timing[] } | { error: string };
  relevance: { name: string; recallAt3: number; mrr: number }[];
  /** Timed queries (as typed) for the demo content and for the synthetic set. */
  queries: { demo: number; synthetic: number };
}

export interface BenchSearchOptions {
  distDir: string;
  /** Relevance set (default tests/fixtures/search-queries.json). */
  queriesFile?: string;
  /** A built 2,000-entry site (npm run synthetic + build); its German index is timed. */
  syntheticDistDir?: string;
  /** Size of the set synthesized from the site's own index when there is no synthetic build. */
  syntheticCount?: number;
  /** Timed passes over the query list. */
  runs?: number;
  chromium?: boolean;
  print?: boolean;
}

function readIndex(distDir: string, locale: string): SearchIndex {
  return decodeSearchIndex(JSON.parse(readFileSync(join(distDir, locale, 'search-index.json'), 'utf8')) as WireSearchIndex);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

type Harness = {
  prepare(url: string, synthetic: WireSearchIndex): Promise<string[]>;
  time(set: string, position: number, queries: string[], runs: number): { p50: number; p95: number };
};

async function measureInChromium(
  distDir: string,
  queries: { demo: string[]; synthetic: string[] },
  synthetic: WireSearchIndex,
  runs: number,
): Promise<{ demo: Timing[]; synthetic: Timing[] }> {
  const { build } = await import('esbuild');
  const { launchBrowser } = await import('../../../tests/support/browser.ts');
  const { serveStatic } = await import('../../../tests/support/static-server.ts');
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'browser-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: true,
  });
  const server = await serveStatic(resolve(distDir));
  const browser = await launchBrowser();
  try {
    // The harness is injected as an inline script, which the site's strict CSP rightly refuses.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/de/search/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const names = await page.evaluate(
      ([wire]) => (window as unknown as { lotseSearchBench: Harness }).lotseSearchBench.prepare('/de/search-index.json', wire),
      [synthetic] as const,
    );
    const result: { demo: Timing[]; synthetic: Timing[] } = { demo: [], synthetic: [] };
    for (const set of ['demo', 'synthetic'] as const) {
      for (const [position, name] of names.entries()) {
        const timing = await page.evaluate(
          ([which, at, list, passes]) =>
            (window as unknown as { lotseSearchBench: Harness }).lotseSearchBench.time(which, at, list, passes),
          [set, position, queries[set], runs] as const,
        );
        result[set].push({ name, ...timing });
      }
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every n-th query, so the slow designs finish at 2,000 entries in reasonable time. */
function sample(queries: readonly string[], size: number): string[] {
  if (queries.length <= size) return [...queries];
  const step = queries.length / size;
  return Array.from({ length: size }, (_, position) => queries[Math.floor(position * step)] as string);
}

/** Run the search benchmark on a built site. */
export async function benchSearch(options: BenchSearchOptions): Promise<SearchBenchResult> {
  const distDir = resolve(options.distDir);
  const syntheticCount = options.syntheticCount ?? 2000;
  const runs = options.runs ?? 3;
  const relevanceQueries = (
    JSON.parse(readFileSync(options.queriesFile ?? 'tests/fixtures/search-queries.json', 'utf8')) as { queries: RelevanceQuery[] }
  ).queries;

  const locales = readdirSync(distDir).filter(
    (name) => existsSync(join(distDir, name, 'search-index.json')) && statSync(join(distDir, name)).isDirectory(),
  );
  if (locales.length === 0) throw new Error(`${distDir}: no <locale>/search-index.json – build the site first (npm run build)`);
  const indexes = new Map(locales.map((locale) => [locale, readIndex(distDir, locale)]));
  const sizes = locales.map((locale) => {
    const raw = readFileSync(join(distDir, locale, 'search-index.json'));
    return { locale, raw: raw.length, gzip: gzipSync(raw).length };
  });

  const german = indexes.get('de') ?? (indexes.values().next().value as SearchIndex);
  const syntheticJson = options.syntheticDistDir
    ? readFileSync(join(resolve(options.syntheticDistDir), 'de', 'search-index.json'))
    : Buffer.from(JSON.stringify(encodeSearchIndex(synthesizeIndex(german, syntheticCount))));
  const syntheticWire = JSON.parse(syntheticJson.toString('utf8')) as WireSearchIndex;
  const synthetic = decodeSearchIndex(syntheticWire);
  const typed = typingQueries(relevanceQueries.filter((query) => query.locale === 'de').map((query) => query.query));
  const typedSample = sample(typed, 120);

  const node = {
    demo: allDesigns(german).map((design) => ({ name: design.name, ...timeQueries(design, typed, runs) })),
    synthetic: allDesigns(synthetic).map((design) => ({ name: design.name, ...timeQueries(design, typedSample, runs) })),
  };

  const designsByLocale = new Map([...indexes].map(([locale, index]) => [locale, allDesigns(index)]));
  const names = allDesigns(german).map((design) => design.name);
  const relevance = names.map((name, position) => {
    const figures = measureRelevance(relevanceQueries, (query, locale) => designsByLocale.get(locale)?.[position]?.search(query) ?? []);
    return { name, recallAt3: figures.recallAt3, mrr: figures.mrr };
  });

  let chromium: SearchBenchResult['chromium'];
  if (options.chromium !== false) {
    try {
      chromium = await measureInChromium(distDir, { demo: typed, synthetic: typedSample }, syntheticWire, runs);
    } catch (error) {
      chromium = { error: String(error) };
    }
  }

  const result: SearchBenchResult = {
    sizes,
    synthetic: { entries: synthetic.docs.length, raw: syntheticJson.length, gzip: gzipSync(syntheticJson).length },
    node,
    ...(chromium ? { chromium } : {}),
    relevance,
    queries: { demo: typed.length, synthetic: typedSample.length },
  };
  if (options.print !== false) printSearchBench(result);
  return result;
}

/** Print the figures with the budgets beside them. */
export function printSearchBench(result: SearchBenchResult): void {
  const lines: string[] = ['', '## Search', '', 'Index size per language (raw / gzipped):'];
  for (const size of result.sizes) lines.push(`  ${size.locale}: ${kb(size.raw)} / ${kb(size.gzip)}`);
  lines.push(
    `  synthetic ${result.synthetic.entries} entries (de): ${kb(result.synthetic.raw)} / ${kb(result.synthetic.gzip)}   budget ≤ ${kb(budgets.searchIndex.maxGzipBytes)} gzipped`,
  );
  const table = (title: string, timings: Timing[], count: number) => {
    lines.push('', `${title} (${count} queries as typed, p50 / p95):`);
    for (const timing of timings) lines.push(`  ${timing.name.padEnd(42)} ${ms(timing.p50).padStart(10)} / ${ms(timing.p95).padStart(10)}`);
  };
  table('Node, demo content', result.node.demo, result.queries.demo);
  table(
    `Node, synthetic ${result.synthetic.entries} entries   budget p95 < ${budgets.searchQuery.maxMilliseconds} ms`,
    result.node.synthetic,
    result.queries.synthetic,
  );
  if (result.chromium && 'demo' in result.chromium) {
    table('Chromium, demo content', result.chromium.demo, result.queries.demo);
    table(
      `Chromium, synthetic ${result.synthetic.entries} entries   budget p95 < ${budgets.searchQuery.maxMilliseconds} ms`,
      result.chromium.synthetic,
      result.queries.synthetic,
    );
  } else if (result.chromium) {
    lines.push('', `Chromium: not measured (${result.chromium.error})`);
  }
  lines.push('', `Relevance (tests/fixtures/search-queries.json)   budget recall@3 ≥ ${budgets.searchRelevance.minRecallAt3}:`);
  for (const figure of result.relevance)
    lines.push(`  ${figure.name.padEnd(42)} recall@3 ${figure.recallAt3.toFixed(3)}   MRR ${figure.mrr.toFixed(3)}`);
  console.log(lines.join('\n'));
}

if (import.meta.main) {
  await benchSearch({ distDir: process.argv[2] ?? 'dist', ...(process.argv[3] ? { syntheticDistDir: process.argv[3] } : {}) });
}
