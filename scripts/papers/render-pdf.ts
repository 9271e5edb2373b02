import type { Page } from 'playwright-core';
import { outlinePages } from './read-outline.ts';

/** A4 or A5 with margins that leave room for the page footer. */
const margins = {
  A4: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
  A5: { top: '12mm', bottom: '15mm', left: '11mm', right: '11mm' },
} as const;

/** Letters of a title in a fixed order, without spaces, joiners and direction marks. */
function wordKey(text: string): string {
  return [...text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')].sort().join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Chromium's page footer: document title, "Stand" and "page x of y", in the page's language and direction. */
async function footerTemplate(page: Page): Promise<string> {
  const info = await page.evaluate(() => {
    const html = document.documentElement;
    return {
      title: html.dataset['documentTitle'] ?? '',
      stand: html.dataset['stand'] ?? '',
      pageLabel: html.dataset['pageLabel'] ?? '{page} / {pages}',
      dir: html.dir || 'ltr',
      lang: html.lang,
    };
  });
  const pageText = escapeHtml(info.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div lang="${escapeHtml(info.lang)}" dir="${escapeHtml(info.dir)}" style="font-family: 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #444; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 4mm;"><span>${escapeHtml(info.title)} · ${escapeHtml(info.stand)}</span><span>${pageText}</span></div>`;
}

/**
 * Print the page to PDF twice: the first pass finds on which page each chapter starts (from the
 * PDF's bookmarks), the second prints with those numbers in the table of contents. The contents
 * keep their size between the passes (the numbers sit in fixed-width cells), so no page moves.
 */
export async function renderPdf(page: Page, format: 'A4' | 'A5'): Promise<Uint8Array> {
  await page.evaluate(() => document.fonts.ready);
  await page.emulateMedia({ media: 'print' });
  const options = {
    format,
    margin: margins[format],
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: await footerTemplate(page),
    outline: true,
    tagged: true,
  };
  const first = await page.pdf(options);
  const pages = await outlinePages(first);
  // Chromium writes right-to-left bookmark titles in visual order (words and runs around a
  // zero-width non-joiner reversed), so headings and bookmarks are matched by their letters.
  const found = [...pages].map(([title, number]): [string, number] => [wordKey(title), number]);
  const filled = await page.evaluate((found: [string, number][]) => {
    const byTitle = new Map(found);
    const key = (text: string) => [...text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')].sort().join('');
    let count = 0;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-target]')) {
      const heading = document.getElementById(link.dataset['tocTarget'] ?? '');
      const number = byTitle.get(key(heading?.textContent ?? link.textContent ?? ''));
      const cell = link.parentElement?.querySelector('[data-toc-page]');
      if (cell && number) {
        cell.textContent = String(number);
        count++;
      }
    }
    return count;
  }, found);
  return filled > 0 ? page.pdf(options) : first;
}
