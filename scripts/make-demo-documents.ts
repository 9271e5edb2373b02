/**
 * npm run demo-documents
 *
 * Prints the fictional demo documents of Musterstadt (scripts/demo-documents/*.html: integration
 * concept, mission statement, rules of procedure, public version of an agreement, multilingual
 * leaflet, transparency guideline) to PDF with Debian's Chromium, into content/media/, where the
 * documents collection points to them. Run it after editing one of the HTML files and commit the
 * PDFs; the build only copies them. Fonts come from @fontsource (no font service).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../tests/support/browser.ts';
import { formatFileSize } from '#src/lib/file-size.ts';
import { media } from '#src/schema/shared/media.ts';

const sourceDir = resolve('scripts/demo-documents');
const outDir = resolve('content', media.folder);
/** The PDFs live in the repository: keep each one small. */
const maxBytes = 100 * 1024;

mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  // Only the HTML file and its fonts: nothing from the network.
  await page.route(/^https?:\/\//, (route) => route.abort());
  for (const file of readdirSync(sourceDir).filter((name) => name.endsWith('.html'))) {
    await page.goto(pathToFileURL(join(sourceDir, file)).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    const target = join(outDir, `${basename(file, '.html')}.pdf`);
    writeFileSync(target, pdf);
    const warning = pdf.length > maxBytes ? ` – größer als ${formatFileSize(maxBytes)}, bitte kürzen` : '';
    console.log(`✓ content/${media.folder}/${basename(target)} (${formatFileSize(pdf.length)})${warning}`);
  }
} finally {
  await browser.close();
}
