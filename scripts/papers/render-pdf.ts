import type { Page } from 'playwright-core';
import { escapeText } from '#src/lib/escape-html.ts';
import { outlinePages } from './read-outline.ts';

/**
 * Paper sizes as Playwright hands them to Chromium for `format` (inches), and margins (mm) that
 * leave room for the page footer.
 */
const paper = {
  A4: { inches: { width: 8.27, height: 11.7 }, top: 16, bottom: 18, left: 15, right: 15 },
  A5: { inches: { width: 5.83, height: 8.27 }, top: 12, bottom: 15, left: 11, right: 11 },
} as const;

type PaperFormat = keyof typeof paper;

/** CSS pixels per millimetre (96 dpi). */
const pxPerMm = 96 / 25.4;

/**
 * A side of the paper as Chromium prints it, in CSS pixels: it takes the paper in whole points,
 * rounded up, and then in whole dots of 1/300 inch, rounded down. A4 comes out 595.92 × 842.88 pt
 * (the PDF's page size), not 595.28 × 841.89. The difference is about a pixel, but a line that
 * fits in the one and not in the other moves a chapter to the next page.
 */
function printedPaperPx(inches: number): number {
  const points = Math.ceil(inches * 72);
  const dots = Math.floor((points * 300) / 72);
  return (dots / 300) * 96;
}

/** Letters of a title in a fixed order, without spaces, joiners and direction marks. */
function wordKey(text: string): string {
  return [...text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')].sort().join('');
}

/** The key of a title written twice: each letter of the key comes in pairs; otherwise undefined. */
function halvedKey(key: string): string | undefined {
  const letters = [...key];
  if (letters.length === 0 || letters.length % 2 === 1) return undefined;
  const half: string[] = [];
  for (let index = 0; index < letters.length; index += 2) {
    if (letters[index] !== letters[index + 1]) return undefined;
    half.push(letters[index] as string);
  }
  return half.join('');
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
  const pageText = escapeText(info.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div lang="${escapeText(info.lang)}" dir="${escapeText(info.dir)}" style="font-family: 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #444; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 4mm;"><span>${escapeText(info.title)} · ${escapeText(info.stand)}</span><span>${pageText}</span></div>`;
}

/**
 * On which page each chapter of the contents starts, without printing: the document is laid
 * out in columns the size of the printable area of a page, each page break becoming a column
 * break. Chromium breaks columns with the same fragmentation engine it breaks pages with when
 * printing, so column n is page n. Returns the heading id → page number; the document is left
 * as it was.
 */
async function predictChapterPages(page: Page, format: PaperFormat): Promise<[string, number][]> {
  const size = paper[format];
  const width = printedPaperPx(size.inches.width) - (size.left + size.right) * pxPerMm;
  const height = printedPaperPx(size.inches.height) - (size.top + size.bottom) * pxPerMm;
  return page.evaluate(
    ({ width, height }) => {
      const body = document.querySelector<HTMLElement>('.document') ?? document.body;
      // Inline styles through the CSS object model, which the Content-Security-Policy allows.
      const changed: [HTMLElement, string][] = [];
      const set = (element: HTMLElement, property: string, value: string) => {
        element.style.setProperty(property, value, 'important');
        changed.push([element, property]);
      };
      const breaks = (value: string) => ['page', 'left', 'right', 'recto', 'verso'].includes(value);
      for (const element of body.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(element);
        if (breaks(style.breakBefore)) set(element, 'break-before', 'column');
        if (breaks(style.breakAfter)) set(element, 'break-after', 'column');
      }
      for (const [property, value] of Object.entries({
        'column-width': `${width}px`,
        'column-count': 'auto',
        'column-gap': '0',
        'column-fill': 'auto',
        'block-size': `${height}px`,
        'inline-size': `${width}px`,
        'max-inline-size': 'none',
        margin: '0',
        padding: '0',
      }))
        set(body, property, value);
      if (body !== document.body) set(document.body, 'margin', '0');

      const box = body.getBoundingClientRect();
      const rtl = getComputedStyle(body).direction === 'rtl';
      const pages: [string, number][] = [];
      for (const link of document.querySelectorAll<HTMLElement>('[data-toc-target]')) {
        const id = link.dataset['tocTarget'] ?? '';
        const first = document.getElementById(id)?.getClientRects()[0];
        if (!first) continue; // a chapter left out (brochure topics): no box, no number
        const offset = rtl ? box.right - first.right : first.left - box.left;
        pages.push([id, Math.floor((offset + 1) / width) + 1]);
      }
      for (const [element, property] of changed) element.style.removeProperty(property);
      return pages;
    },
    { width, height },
  );
}

/** Write page numbers into the contents; returns how many entries got one. */
async function fillContents(page: Page, numbers: [string, number][]): Promise<number> {
  return page.evaluate((numbers) => {
    let count = 0;
    for (const [id, number] of numbers) {
      const cell = document.querySelector(`[data-toc-page="${CSS.escape(id)}"]`);
      if (cell) {
        cell.textContent = String(number);
        count++;
      }
    }
    return count;
  }, numbers);
}

/** Page number of each chapter as the printed PDF's bookmarks (one per heading) say. */
async function printedChapterPages(page: Page, pdf: Uint8Array): Promise<[string, number][]> {
  // Chromium writes right-to-left bookmark titles in visual order (words and runs around a
  // zero-width non-joiner reversed), so headings and bookmarks are matched by their letters.
  const byTitle = new Map<string, number>();
  for (const [title, number] of await outlinePages(pdf)) {
    const key = wordKey(title);
    byTitle.set(key, number);
    // A heading that starts a new page has its title twice in its bookmark ("GesundheitGesundheit").
    const half = halvedKey(key);
    if (half && !byTitle.has(half)) byTitle.set(half, number);
  }
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-toc-target]')].map((link): [string, string] => {
      const id = link.dataset['tocTarget'] ?? '';
      return [id, document.getElementById(id)?.textContent ?? link.textContent ?? ''];
    }),
  );
  return headings.flatMap(([id, title]): [string, number][] => {
    const number = byTitle.get(wordKey(title));
    return number ? [[id, number]] : [];
  });
}

/**
 * Make every image of the page part of the printed page, lazy ones too (the brochures' QR codes),
 * and stop the run when one is missing instead of leaving a gap in the document. Chromium loads
 * lazy images when it prints, but not always in time: on a busy machine a brochure came out with
 * 62 of its 140 codes. SVG images are drawn into the page itself, the same drawing: Chromium
 * takes far longer to print an SVG *image* than inline SVG (a counter brochure with 26 codes:
 * 2.2 s instead of 0.25 s, mostly waiting), so a document prints in about half the time. The
 * drawings are read from the built site (`readSvg`) and handed to the page in one call: fetching
 * a brochure's 140 codes one request at a time took a second per document. The drawing keeps
 * the image's class, size and alternative text: the layout and the tagged PDF's figures stay as
 * they were.
 */
async function drawImages(page: Page, readSvg: (pathname: string) => string | undefined): Promise<void> {
  const paths = await page.evaluate(() => {
    const sources = [...document.images].map((image) => new URL(image.currentSrc || image.src).pathname);
    return [...new Set(sources)].filter((path) => path.endsWith('.svg'));
  });
  const drawings: Record<string, string> = {};
  for (const path of paths) {
    const svg = readSvg(path);
    if (svg !== undefined) drawings[path] = svg;
  }
  const failed = await page.evaluate(async (drawings) => {
    const images = [...document.images];
    const drawn = await Promise.allSettled(
      images.map(async (image) => {
        const path = new URL(image.currentSrc || image.src).pathname;
        if (!path.endsWith('.svg')) {
          image.loading = 'eager';
          return image.decode();
        }
        const parsed = new DOMParser().parseFromString(drawings[path] ?? '', 'image/svg+xml');
        const svg = parsed.documentElement;
        if (!(svg instanceof SVGSVGElement)) throw new Error('no SVG');
        for (const name of ['class', 'width', 'height']) {
          const value = image.getAttribute(name);
          if (value !== null) svg.setAttribute(name, value);
        }
        if (image.alt) {
          svg.setAttribute('role', 'img');
          svg.setAttribute('aria-label', image.alt);
        } else svg.setAttribute('aria-hidden', 'true');
        image.replaceWith(document.importNode(svg, true));
      }),
    );
    return images.filter((_, index) => drawn[index]?.status === 'rejected').map((image) => new URL(image.currentSrc || image.src).pathname);
  }, drawings);
  if (failed.length > 0) {
    throw new Error(`${new URL(page.url()).pathname}: Bild fehlt im Build: ${failed.join(', ')} – npm run build neu ausführen`);
  }
}

/**
 * Print the page to PDF with the page numbers of its contents filled in, in one pass: the
 * numbers are found beforehand from a layout in page-sized columns (`predictChapterPages`),
 * and the printed PDF's bookmarks prove them. Only when the two disagree is the page printed
 * a second time with the numbers from the bookmarks. The numbers sit in fixed-width cells, so
 * filling them in moves nothing.
 */
export async function renderPdf(
  page: Page,
  format: PaperFormat,
  readSvg: (pathname: string) => string | undefined,
): Promise<{ pdf: Uint8Array; passes: number }> {
  await page.evaluate(() => document.fonts.ready);
  await drawImages(page, readSvg);
  await page.emulateMedia({ media: 'print' });
  const size = paper[format];
  const options = {
    format,
    margin: { top: `${size.top}mm`, bottom: `${size.bottom}mm`, left: `${size.left}mm`, right: `${size.right}mm` },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: await footerTemplate(page),
    outline: true,
    tagged: true,
  };
  const predicted = await predictChapterPages(page, format);
  if ((await fillContents(page, predicted)) === 0) return { pdf: await page.pdf(options), passes: 1 };
  const pdf = await page.pdf(options);
  const printed = await printedChapterPages(page, pdf);
  const expected = new Map(predicted);
  if (printed.length === predicted.length && printed.every(([id, number]) => expected.get(id) === number)) return { pdf, passes: 1 };
  await fillContents(page, printed);
  return { pdf: await page.pdf(options), passes: 2 };
}
