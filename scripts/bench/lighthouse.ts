import { listHtmlPages, templateSamples } from '../audit/page-templates.ts';
import { runLighthouse } from '../audit/run-lighthouse.ts';
import { serveProduction } from '../serve-production.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { budgets } from './support/budgets.ts';
import type { BenchContext, Row } from './support/types.ts';

/**
 * Web Vitals (issue 15): CLS and LCP of every page template of the demo site in German, from a
 * Lighthouse run (mobile preset, default throttling) against the build served with the
 * production headers. `npm run audit` runs the same measurement in German and Arabic with all
 * four category scores.
 */
export async function run(context: BenchContext): Promise<Row[]> {
  const demo = context.datasets.find((dataset) => dataset.name === 'demo');
  if (!demo) return [];
  const { outDir } = await context.build(demo);
  const samples = templateSamples(outDir, listHtmlPages(outDir), readSiteConfig().locales).filter((sample) => sample.locale === 'de');
  const server = await serveProduction(outDir);
  try {
    const figures = await runLighthouse(samples.map((sample) => `${server.url}/${sample.path.replace(/index\.html$/, '')}`));
    return samples.flatMap((sample, index) => {
      const page = figures[index]!;
      const row = { area: budgets.webVitals.area, dataset: demo.label, budget: budgets.webVitals.text };
      return [
        { ...row, figure: `${sample.template} (de): CLS`, value: page.cls.toFixed(3), ok: page.cls < budgets.webVitals.maxCls },
        {
          ...row,
          figure: `${sample.template} (de): LCP`,
          value: page.lcpMs / 1000,
          unit: 's',
          ok: page.lcpMs <= budgets.webVitals.maxLcpMs,
        },
      ];
    });
  } finally {
    await server.close();
  }
}
