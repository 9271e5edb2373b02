/**
 * npm exec -- node scripts/take-screenshots.ts <built site> <out dir> <path> [<path> …]
 *
 * Full-page screenshots of built pages in Debian's Chromium at 360 px (a small phone), in light
 * and dark mode, for reviewing layout, right-to-left pages and contrast by eye.
 * Example: … take-screenshots.ts dist /work/screenshots /de/ /ar/organisations/auslaenderbehoerde-musterstadt/
 * Set WIDTH=1280 for desktop, TILES=1 for screen-high pieces as well.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const [siteDir = 'dist', outDir = 'screenshots', ...paths] = process.argv.slice(2);
const width = Number(process.env['WIDTH'] ?? 360);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve(siteDir));
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width, height: 780 },
      colorScheme: scheme,
      deviceScaleFactor: 1,
      timezoneId: 'Europe/Berlin',
    });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      const file = join(outDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${width}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // TILES=1: also cut the page into screen-high pieces that can be viewed at full size.
      if (process.env['TILES'] === '1') {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, index = 1; y < height; y += 780, index++) {
          const tile = file.replace(/\.png$/, `-${index}.png`);
          await page.screenshot({ path: tile, fullPage: true, clip: { x: 0, y, width, height: Math.min(780, height - y) } });
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
