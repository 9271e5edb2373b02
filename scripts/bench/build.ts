import { join } from 'node:path';
import { budgets } from './support/budgets.ts';
import { runMeasured } from './support/measure.ts';
import type { BenchContext, BuildResult, ReferenceResult, Row } from './support/types.ts';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/**
 * Clean public build of each data set (seconds, pages, pages per second, peak memory, dist
 * size), the bare Astro reference built in the same run, `npm run papers` on the demo build,
 * and the ratios issue 9 sets goals for.
 */
export async function run(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const builds = new Map<string, BuildResult>();
  for (const dataset of context.datasets) {
    const build = await context.build(dataset);
    builds.set(dataset.name, build);
    const row = (figure: string, value: number, unit: string, extra: Partial<Row> = {}): Row => ({
      area: budgets.build.area,
      dataset: dataset.label,
      figure,
      value,
      unit,
      ...extra,
    });
    rows.push(
      row('total build time (check + astro build)', build.seconds, 's', { budget: budgets.build.text, ok: true }),
      row('pages', build.pages, ''),
      row('pages per second', build.pages / build.seconds, 'pages/s'),
      row('CPU time (user + system, process tree)', build.cpuSeconds, 's'),
      row('peak memory (RSS of the process tree)', megabytes(build.peakRssBytes), 'MB'),
      row('peak memory (RSS of the largest process)', megabytes(build.peakProcessRssBytes), 'MB'),
      row('dist/ size', megabytes(build.distBytes), 'MB'),
    );
  }

  // Measured right after Lotse's builds, on the same machine in the same state.
  const reference = await context.reference();
  const referenceRate = reference.pages / reference.seconds;
  const bare = (figure: string, value: number, unit: string): Row => ({
    area: budgets.build.area,
    dataset: 'bare Astro',
    figure,
    value,
    unit,
  });
  rows.push(
    bare('build time (astro build)', reference.seconds, 's'),
    bare('pages', reference.pages, ''),
    bare('pages per second', referenceRate, 'pages/s'),
    bare('CPU time (user + system, process tree)', reference.cpuSeconds, 's'),
    bare('peak memory (RSS of the process tree)', megabytes(reference.peakRssBytes), 'MB'),
    bare('peak memory (RSS of the largest process)', megabytes(reference.peakProcessRssBytes), 'MB'),
  );

  for (const dataset of context.datasets) {
    const build = builds.get(dataset.name);
    if (!build) continue;
    const ratio = build.pages / build.seconds / referenceRate;
    // The goal is set for a comparable number of pages: the synthetic set. The demo has far
    // fewer pages, so Astro's fixed start-up cost weighs more there; its ratio is shown too.
    const judged = dataset.name === 'synthetic' || !context.datasets.some((other) => other.name === 'synthetic');
    rows.push({
      area: budgets.buildThroughput.area,
      dataset: dataset.label,
      figure: 'pages per second ÷ bare Astro',
      value: ratio,
      unit: '×',
      ...(judged ? { budget: budgets.buildThroughput.text, ok: ratio >= budgets.buildThroughput.minRatio } : {}),
    });
    // On a busy machine the wall clock measures the neighbours too; CPU time does not.
    rows.push({
      area: budgets.buildThroughput.area,
      dataset: dataset.label,
      figure: 'pages per CPU second ÷ bare Astro',
      value: build.pages / build.cpuSeconds / (reference.pages / reference.cpuSeconds),
      unit: '×',
    });
    if (dataset.name === 'demo') {
      rows.push({
        area: budgets.buildMemoryDemo.area,
        dataset: dataset.label,
        figure: 'peak memory, largest process',
        value: build.peakProcessRssBytes / 1e9,
        unit: 'GB',
        budget: budgets.buildMemoryDemo.text,
        ok: build.peakProcessRssBytes <= budgets.buildMemoryDemo.maxBytes,
      });
      rows.push(...(await publishRows(context, build, reference)));
    }
    if (dataset.name === 'synthetic') {
      rows.push(
        {
          area: budgets.syntheticTime.area,
          dataset: dataset.label,
          figure: 'build time',
          value: build.seconds,
          unit: 's',
          budget: budgets.syntheticTime.text,
          ok: build.seconds <= budgets.syntheticTime.maxSeconds,
        },
        {
          area: budgets.syntheticMemory.area,
          dataset: dataset.label,
          figure: 'peak memory, largest process',
          value: build.peakProcessRssBytes / 1e9,
          unit: 'GB',
          budget: budgets.syntheticMemory.text,
          ok: build.peakProcessRssBytes <= budgets.syntheticMemory.maxBytes,
        },
      );
    }
  }
  return rows;
}

/** `npm run papers` on the demo build, and build + papers against the reference build's time. */
async function publishRows(context: BenchContext, build: BuildResult, reference: ReferenceResult): Promise<Row[]> {
  const papers = await runMeasured(process.execPath, [join(context.root, 'scripts/papers.ts')], {
    cwd: context.root,
    env: {
      ...process.env,
      LOTSE_OUT_DIR: build.outDir,
      LOTSE_CONTENT_DIR: build.dataset.contentDir,
      LOTSE_SITE_CONFIG: build.dataset.configFile,
    },
  });
  if (papers.status !== 0) throw new Error(`npm run papers failed:\n${papers.output.split('\n').slice(-30).join('\n')}`);
  const ratio = (build.seconds + papers.seconds) / reference.seconds;
  return [
    { area: budgets.publish.area, dataset: build.dataset.label, figure: 'npm run papers', value: papers.seconds, unit: 's' },
    {
      area: budgets.publish.area,
      dataset: build.dataset.label,
      figure: 'npm run papers, CPU time (user + system, with Chromium)',
      value: papers.cpuSeconds,
      unit: 's',
    },
    {
      area: budgets.publish.area,
      dataset: build.dataset.label,
      figure: 'build + papers ÷ bare Astro build',
      value: ratio,
      unit: '×',
      budget: budgets.publish.text,
      ok: ratio <= budgets.publish.maxRatio,
    },
    {
      area: budgets.publish.area,
      dataset: build.dataset.label,
      figure: 'build + papers ÷ bare Astro build, by CPU time',
      value: (build.cpuSeconds + papers.cpuSeconds) / reference.cpuSeconds,
      unit: '×',
    },
  ];
}
