import { measurePageInDist, weightsByPageType } from '#src/lib/measure-page-weight.ts';
import { budgets } from './support/budgets.ts';
import type { BenchContext, Row } from './support/types.ts';

const kilobytes = (bytes: number) => bytes / 1024;

/**
 * Page weight (issue 3): gzipped HTML + CSS of the German home page and of the heaviest entry
 * page, and per page type the heaviest page and the JavaScript it loads up front (lazy chunks
 * such as the search index or Leaflet load only on demand and are not counted).
 */
export async function run(context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const dataset of context.datasets) {
    const build = await context.build(dataset);
    const types = weightsByPageType(build.outDir);
    const home = measurePageInDist(build.outDir, 'de/index.html');
    const row = (figure: string, bytes: number, extra: Partial<Row> = {}): Row => ({
      area: budgets.pageWeight.area,
      dataset: dataset.label,
      figure,
      value: kilobytes(bytes),
      unit: 'KB',
      ...extra,
    });
    rows.push(row('home page (de), HTML + CSS gzipped', home.htmlCssGzip), row('home page (de), JavaScript gzipped', home.jsGzip));

    const entryTypes = Object.entries(types).filter(([type]) => type.startsWith('entry:'));
    const heaviestEntry = Math.max(...entryTypes.map(([, weight]) => weight.maxHtmlCssGzip));
    rows.push(
      row('heaviest entry page, HTML + CSS gzipped', heaviestEntry, {
        budget: budgets.pageWeight.text,
        ok: heaviestEntry <= budgets.pageWeight.maxGzipBytes,
      }),
    );
    for (const [type, weight] of Object.entries(types).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push(row(`${type} (${weight.pages} pages): heaviest HTML + CSS`, weight.maxHtmlCssGzip));
      rows.push(
        row(`${type}: JavaScript up front (${weight.scripts.length} files)`, weight.maxJsGzip, { budget: budgets.pageScript.text }),
      );
    }
  }
  return rows;
}
