import { budgets } from './support/budgets.ts';
import type { BenchContext, Row } from './support/types.ts';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Clean public build of each data set: seconds, pages, pages per second, peak memory, dist size. */
export async function run(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const dataset of context.datasets) {
    const build = await context.build(dataset);
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
      row('peak memory (RSS of the process tree)', megabytes(build.peakRssBytes), 'MB'),
      row('dist/ size', megabytes(build.distBytes), 'MB'),
    );
  }
  return rows;
}
