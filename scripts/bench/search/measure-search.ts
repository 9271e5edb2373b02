/**
 * Search benchmark (issues 4 and 14). Prints and returns:
 * - index size per language (raw and gzipped) of a built site, of a 2,000-entry set (the
 *   synthetic build's German index when given, otherwise one synthesized from the site's index)
 *   and of a 20,000-entry set synthesized from that (`synthesize-index.ts`: seconds, where a
 *   build of 20,000 × 7 pages would take hours);
 * - query latency p50/p95 of the design Lotse ships and of the alternatives, for the demo content
 *   and the 2,000-entry set, and of the shipped design at 20,000 entries, in Node and in Debian's
 *   Chromium;
 * - recall@3 and MRR on tests/fixtures/search-queries.json, per design, and per language for
 *   the shipped design.
 *
 * Standalone with every design side by side: `npm run bench:search [-- distDir]` (default dist/;
 * build first). `npm run bench` calls it through scripts/bench/search.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countsYet, measureRelevance, type RelevanceQuery } from '#src/lib/search/measure-relevance.ts';
import { decodeSearchIndex, encodeSearchIndex, type SearchIndex, type WireSearchIndex } from '#src/lib/search/search-index-types.ts';
import { allDesigns, lotseDesign, timeQueries, typingQueries } from './alternatives.ts';
import { synthesizeIndex } from './synthesize-index.ts';

import { budgets } from '../support/budgets.ts';

interface Timing {
  name: string;
  p50: number;
  p95: number;
}

/** Timings of each set: every design on the demo and the 2,000-entry set, the shipped one at 20,000. */
export interface SetTimings {
  demo: Timing[];
  synthetic: Timing[];
  large: Timing[];
}

/** Recall@3 and MRR of the shipped design in one language, over the queries that count yet. */
interface LocaleRelevance {
  locale: string;
  recallAt3: number;
  mrr: number;
  counted: number;
  /** Queries waiting for translations of their expected entries (`countsYet`). */
  waiting: number;
}

export interface SearchBenchResult {
  sizes: { locale: string; raw: number; gzip: number }[];
  synthetic: { entries: number; raw: number; gzip: number };
  large: { entries: number; raw: number; gzip: number };
  node: SetTimings;
  chromium?: SetTimings | { error: string };
  relevance: { name: string; recallAt3: number; mrr: number }[];
  relevanceByLocale: LocaleRelevance[];
  /** Timed queries (as typed) for the demo content, the alternatives at 2,000 entries, and the shipped design. */
  queries: { demo: number; synthetic: number; shipped: number };
}

interface BenchSearchOptions {
  distDir: string;
  /** Relevance set (default tests/fixtures/search-queries.json). */
  queriesFile?: string;
  /** A built 2,000-entry site (npm run synthetic + build); its German index is timed. */
  syntheticDistDir?: string;
  /** Size of the set synthesized from the site's own index when there is no synthetic build. */
  syntheticCount?: number;
  /** Size of the large set, synthesized from the 2,000-entry one. */
  largeCount?: number;
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
  prepare(url: string, synthetic: WireSearchIndex, large: WireSearchIndex): Promise<string[]>;
  time(set: string, position: number, queries: string[], runs: number): { p50: number; p95: number };
};

/** The queries each timing runs: the shipped design gets every typed query, alternatives a sample. */
interface TimedQueries {
  typed: string[];
  sample: string[];
}

async function measureInChromium(
  distDir: string,
  queries: TimedQueries,
  wires: { synthetic: WireSearchIndex; large: WireSearchIndex },
  runs: number,
): Promise<SetTimings> {
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
      ([synthetic, large]) =>
        (window as unknown as { lotseSearchBench: Harness }).lotseSearchBench.prepare('/de/search-index.json', synthetic, large),
      [wires.synthetic, wires.large] as const,
    );
    const result: SetTimings = { demo: [], synthetic: [], large: [] };
    const time = (set: keyof SetTimings, position: number, list: string[]) =>
      page.evaluate(
        ([which, at, timed, passes]) =>
          (window as unknown as { lotseSearchBench: Harness }).lotseSearchBench.time(which, at, timed, passes),
        [set, position, list, runs] as const,
      );
    for (const [position, name] of names.entries()) {
      result.demo.push({ name, ...(await time('demo', position, queries.typed)) });
      result.synthetic.push({ name, ...(await time('synthetic', position, position === 0 ? queries.typed : queries.sample)) });
    }
    result.large.push({ name: names[0] ?? 'lotse', ...(await time('large', 0, queries.typed)) });
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
  const largeCount = options.largeCount ?? budgets.searchQueryLarge.entries;
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
  const large = synthesizeIndex(synthetic, largeCount);
  const largeWire = encodeSearchIndex(large);
  const largeJson = Buffer.from(JSON.stringify(largeWire));
  const typed = typingQueries(relevanceQueries.filter((query) => query.locale === 'de').map((query) => query.query));
  const typedSample = sample(typed, 120);

  const timed = (designs: ReturnType<typeof allDesigns>, alternatives: string[]) =>
    designs.map((design, position) => ({ name: design.name, ...timeQueries(design, position === 0 ? typed : alternatives, runs) }));
  const node: SetTimings = {
    demo: timed(allDesigns(german), typed),
    synthetic: timed(allDesigns(synthetic), typedSample),
    large: timed([lotseDesign(large)], typed),
  };

  const designsByLocale = new Map([...indexes].map(([locale, index]) => [locale, allDesigns(index)]));
  const names = allDesigns(german).map((design) => design.name);
  const relevance = names.map((name, position) => {
    const figures = measureRelevance(relevanceQueries, (query, locale) => designsByLocale.get(locale)?.[position]?.search(query) ?? []);
    return { name, recallAt3: figures.recallAt3, mrr: figures.mrr };
  });
  // Per language for the shipped design; a query waiting for translations counts once the
  // built index has its expected entries in the query's language (no German fallback title).
  const isTranslated = (id: string, locale: string) => indexes.get(locale)?.docs.find((doc) => doc.id === id)?.tl === undefined;
  const relevanceByLocale = locales.map((locale): LocaleRelevance => {
    const own = relevanceQueries.filter((query) => query.locale === locale);
    const counted = own.filter((query) => countsYet(query, isTranslated));
    const figures = measureRelevance(counted, (query) => designsByLocale.get(locale)?.[0]?.search(query) ?? []);
    return { locale, recallAt3: figures.recallAt3, mrr: figures.mrr, counted: counted.length, waiting: own.length - counted.length };
  });

  let chromium: SearchBenchResult['chromium'];
  if (options.chromium !== false) {
    try {
      chromium = await measureInChromium(distDir, { typed, sample: typedSample }, { synthetic: syntheticWire, large: largeWire }, runs);
    } catch (error) {
      chromium = { error: String(error) };
    }
  }

  const result: SearchBenchResult = {
    sizes,
    synthetic: { entries: synthetic.docs.length, raw: syntheticJson.length, gzip: gzipSync(syntheticJson).length },
    large: { entries: large.docs.length, raw: largeJson.length, gzip: gzipSync(largeJson).length },
    node,
    ...(chromium ? { chromium } : {}),
    relevance,
    relevanceByLocale,
    queries: { demo: typed.length, synthetic: typedSample.length, shipped: typed.length },
  };
  if (options.print !== false) printSearchBench(result);
  return result;
}

/** Print the figures with the budgets beside them. */
function printSearchBench(result: SearchBenchResult): void {
  const lines: string[] = ['', '## Search', '', 'Index size per language (raw / gzipped):'];
  for (const size of result.sizes) lines.push(`  ${size.locale}: ${kb(size.raw)} / ${kb(size.gzip)}`);
  lines.push(
    `  synthetic ${result.synthetic.entries} entries (de): ${kb(result.synthetic.raw)} / ${kb(result.synthetic.gzip)}   budget ≤ ${kb(budgets.searchIndex.maxGzipBytes)} gzipped`,
    `  synthesized ${result.large.entries} entries (de): ${kb(result.large.raw)} / ${kb(result.large.gzip)}`,
  );
  const table = (title: string, timings: Timing[]) => {
    lines.push(
      '',
      `${title} (queries as typed: the shipped design ${result.queries.shipped}, alternatives ${result.queries.synthetic}; p50 / p95):`,
    );
    for (const timing of timings) lines.push(`  ${timing.name.padEnd(42)} ${ms(timing.p50).padStart(10)} / ${ms(timing.p95).padStart(10)}`);
  };
  const engines: [string, SetTimings | undefined][] = [
    ['Node', result.node],
    ['Chromium', result.chromium && 'demo' in result.chromium ? result.chromium : undefined],
  ];
  for (const [engine, timings] of engines) {
    if (!timings) continue;
    table(`${engine}, demo content`, timings.demo);
    table(
      `${engine}, synthetic ${result.synthetic.entries} entries   budget p95 ≤ ${budgets.searchQuery.maxMilliseconds} ms (Chromium)`,
      timings.synthetic,
    );
    table(
      `${engine}, synthesized ${result.large.entries} entries   budget p95 ≤ ${budgets.searchQueryLarge.maxMilliseconds} ms (Chromium)`,
      timings.large,
    );
  }
  if (result.chromium && 'error' in result.chromium) lines.push('', `Chromium: not measured (${result.chromium.error})`);
  lines.push('', `Relevance (tests/fixtures/search-queries.json), all languages:`);
  for (const figure of result.relevance)
    lines.push(`  ${figure.name.padEnd(42)} recall@3 ${figure.recallAt3.toFixed(3)}   MRR ${figure.mrr.toFixed(3)}`);
  lines.push('', `Relevance per language, shipped design   budget ${budgets.searchRelevance.text}:`);
  for (const figure of result.relevanceByLocale)
    lines.push(
      `  ${figure.locale}   recall@3 ${figure.recallAt3.toFixed(3)}   MRR ${figure.mrr.toFixed(3)}   ${figure.counted} queries${figure.waiting ? ` (+${figure.waiting} waiting for translations)` : ''}`,
    );
  console.log(lines.join('\n'));
}

if (import.meta.main) {
  await benchSearch({ distDir: process.argv[2] ?? 'dist', ...(process.argv[3] ? { syntheticDistDir: process.argv[3] } : {}) });
}
