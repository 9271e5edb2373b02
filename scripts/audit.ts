/**
 * npm run audit [-- <dist>] [-- --locales de,ar] [-- --only home,search,map]
 *
 * Lighthouse (mobile preset, default throttling, Debian's Chromium) on every page template of a
 * built site in German and Arabic, served with the production headers of deploy/headers.json
 * (scripts/serve-production.ts). Prints the four category scores, CLS and LCP per template and
 * fails unless every score is ≥ 95 and CLS < 0.1; pages that ask not to be indexed are excepted
 * from SEO, which counts "noindex" against them. Build first: `npm run build && npm run papers`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditTable, judge } from './audit/judge-lighthouse.ts';
import { listHtmlPages, templateSamples } from './audit/page-templates.ts';
import { runLighthouse } from './audit/run-lighthouse.ts';
import { serveProduction } from './serve-production.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';

const { values, positionals } = parseArgs({
  options: { locales: { type: 'string', default: 'de,ar' }, only: { type: 'string' } },
  allowPositionals: true,
});
const root = resolve(import.meta.dirname, '..');
const dist = resolve(positionals[0] ?? process.env['LOTSE_OUT_DIR'] ?? join(root, 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}: keine gebaute Website – erst „npm run build && npm run papers“ ausführen.`);
  process.exit(1);
}

const locales = values.locales.split(',').map((locale) => locale.trim());
const only = values.only?.split(',').map((name) => name.trim());
// The pages outside the locale folders (the language choice, 404) are measured once.
const samples = templateSamples(dist, listHtmlPages(dist), readSiteConfig().locales).filter(
  (sample) => (sample.locale === '' || locales.includes(sample.locale)) && (!only || only.includes(sample.template)),
);

const server = await serveProduction(dist);
console.log(`Lighthouse on ${samples.length} pages (${locales.join(', ')}) served with deploy/headers.json at ${server.url}/ …`);
try {
  const figures = await runLighthouse(
    samples.map((sample) => `${server.url}/${sample.path.replace(/index\.html$/, '')}`),
    (page) => {
      console.log(`  ${page.url.slice(server.url.length)}  ${page.performance} ${page.accessibility} ${page.bestPractices} ${page.seo}`);
      for (const audit of page.failing) console.log(`      ${audit}`);
    },
  );
  const rows = samples.map((sample, index) => ({ ...sample, ...figures[index]! }));
  const verdicts = rows.map(judge);
  console.log(`\n${auditTable(rows, verdicts)}\n`);
  const indexes = figures.map((page) => page.benchmarkIndex).filter((index) => !Number.isNaN(index));
  console.log(
    `Machine speed (Lighthouse benchmarkIndex): ${Math.min(...indexes)}–${Math.max(...indexes)}; below ~1,000 blocking times come out too high.\n`,
  );
  mkdirSync(join(root, '.lotse/audit'), { recursive: true });
  writeFileSync(
    join(root, `.lotse/audit/lighthouse-${locales.join('-')}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
  const failed = rows.filter((_, index) => verdicts[index]!.problems.length > 0);
  for (const row of failed) console.error(`✗ ${row.locale || '–'} ${row.template}: ${verdicts[rows.indexOf(row)]!.problems.join('; ')}`);
  if (failed.length > 0) process.exitCode = 1;
  else console.log(`✓ Every template ≥ 95 in all four categories, CLS < 0.1.`);
} finally {
  await server.close();
}
