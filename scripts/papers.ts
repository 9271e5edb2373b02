/**
 * npm run papers [-- --locales de,en,ar] [-- --only paper-networks,brochure-a5] [-- --topics arbeit,sprache] [-- --tabs 3]
 *
 * Prints the four interface papers and the referral brochure (A4, A5 and the counter edition) of the built site to PDF
 * with Debian's Chromium, in every language of the site, into <dist>/downloads/<locale>/.
 * The PDFs are made from the same print pages a visitor can open, so what is printed is what the
 * site shows. Builds the site first when <dist> holds no build (LOTSE_OUT_DIR, default dist).
 * One browser prints a few documents at once (`--tabs`, default 3), the largest first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { brochurePrintPath, counterBrochurePath, downloadPath, paperPrintPath } from '#src/lib/paths.ts';
import { brochurePdfName, counterBrochurePdfName, paperPdfName } from '#src/lib/publish/downloads.ts';
import { paperIds } from '#src/lib/publish/papers.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { renderPdf } from './papers/render-pdf.ts';

const { values } = parseArgs({
  options: {
    locales: { type: 'string' },
    only: { type: 'string' },
    topics: { type: 'string' },
    tabs: { type: 'string', default: '3' },
  },
});

const site = readSiteConfig();
const outDir = resolve(process.env['LOTSE_OUT_DIR'] ?? 'dist');
const locales = values.locales ? values.locales.split(',').map((code) => code.trim()) : site.locales;
const unknown = locales.filter((code) => !(site.locales as string[]).includes(code));
if (unknown.length > 0) {
  console.error(`✗ Unbekannte Sprache(n): ${unknown.join(', ')} – die Website hat ${site.locales.join(', ')}.`);
  process.exit(1);
}
const topics = values.topics
  ? values.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean)
  : [];

if (!existsSync(join(outDir, 'index.html'))) {
  console.log(`Kein Build in ${outDir} – baue die Website zuerst (npm run build) …`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error('✗ Build fehlgeschlagen – keine PDFs erzeugt.');
    process.exit(build.status ?? 1);
  }
}

/** Every document to print: its PDF name, print page and paper size. */
const documents = locales.flatMap((locale) => [
  ...paperIds.map((paper) => ({ locale, name: paperPdfName(paper), path: paperPrintPath(locale, paper), format: 'A4' as const })),
  ...(['A4', 'A5'] as const).map((format) => ({
    locale,
    name: brochurePdfName(format, topics),
    path: brochurePrintPath(locale, { topics, format }),
    format,
  })),
  // The counter edition exists only where the editors composed one (content/publications/).
  ...(existsSync(join(outDir, counterBrochurePath(locale), 'index.html'))
    ? [{ locale, name: counterBrochurePdfName, path: counterBrochurePath(locale), format: 'A5' as const }]
    : []),
]);
const wanted = values.only ? values.only.split(',').map((name) => name.trim()) : undefined;
// The brochures are many times longer than the papers: start them first, so no tab is left
// printing a long document alone at the end.
const selected = documents
  .filter((document) => !wanted || wanted.some((name) => document.name.startsWith(name)))
  .sort((a, b) => Number(b.name.startsWith('brochure')) - Number(a.name.startsWith('brochure')));
const tabs = Math.max(1, Number.parseInt(values.tabs, 10) || 1);

/** An SVG file of the built site by its address, or undefined when the build has none. */
function readBuiltSvg(pathname: string): string | undefined {
  const file = join(outDir, decodeURIComponent(pathname));
  return file.startsWith(`${outDir}/`) && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

const started = performance.now();
const server = await serveStatic(outDir);
const browser = await launchBrowser();
try {
  // The PDFs depend on nothing outside the built site: no other host resolves (launchBrowser).
  const context = await browser.newContext();
  const queue = [...selected];
  const printed = await Promise.allSettled(
    Array.from({ length: Math.min(tabs, queue.length) }, async () => {
      const page = await context.newPage();
      try {
        for (let document = queue.shift(); document; document = queue.shift()) {
          const response = await page.goto(`${server.url}${document.path}`, { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`${document.path}: HTTP ${response?.status()} – ist die Seite im Build?`);
          if (document.name.startsWith('brochure')) await page.waitForSelector('html[data-brochure-ready]', { state: 'attached' });
          const { pdf, passes } = await renderPdf(page, document.format, readBuiltSvg);
          const file = join(outDir, downloadPath(document.locale, document.name));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, pdf);
          const note = passes > 1 ? ', Seitenzahlen im zweiten Durchgang' : '';
          console.log(`✓ ${file.slice(outDir.length + 1)} (${Math.round(pdf.length / 1024)} KB${note})`);
        }
      } catch (error) {
        queue.length = 0; // the other tabs finish the document in hand and stop
        throw error;
      } finally {
        await page.close();
      }
    }),
  );
  const failed = printed.find((tab) => tab.status === 'rejected');
  if (failed) throw failed.reason;
} catch (error) {
  // One line that names the page and what is missing; the PDFs printed before it stay complete.
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (process.exitCode !== 1) console.log(`✓ ${selected.length} PDF(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
