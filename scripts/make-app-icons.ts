/**
 * npm exec -- node scripts/make-app-icons.ts
 *
 * Renders the web app icons (public/icons/*.png) from public/favicon.svg with Debian's
 * Chromium, so the PNGs that installable apps need always match the SVG. Run after changing
 * the favicon; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, padding: 0, round: true },
  { file: 'public/icons/icon-512.png', size: 512, padding: 0, round: true },
  // Maskable icons are cropped to a circle by some launchers: keep the mark in the middle 60 %.
  { file: 'public/icons/icon-maskable-512.png', size: 512, padding: 0.2, round: false },
];

mkdirSync('public/icons', { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage();
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  const inner = svg.replace(/<rect[^>]*\/>/, '');
  const mark = Math.round(icon.size * (1 - 2 * icon.padding));
  await page.setContent(
    `<body style="margin:0;background:transparent"><div style="width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:#2044aa;border-radius:${icon.round ? '18%' : '0'}">` +
      `<div style="width:${mark}px;height:${mark}px">${inner.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div></body>`,
  );
  await page.screenshot({ path: icon.file, omitBackground: true });
  console.log(`✓ ${icon.file}`);
}
await browser.close();
