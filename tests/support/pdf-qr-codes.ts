import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

/** Resolution the pages are rendered at, and the size of the cells blocks of ink are found in. */
const dpi = 300;
const cell = Math.round(dpi / 25.4 / 2); // half a millimetre

interface Page {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A greyscale page image from poppler's pdftoppm (binary PGM: "P5 width height 255", one byte a pixel). */
function readPgm(file: string): Page {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`${file}: not a binary PGM`);
  const [whole = '', width = '0', height = '0'] = header;
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(whole.length) };
}

/**
 * Square blocks of ink at least 15 mm wide, in pixels: the candidates for a QR code. Ink is
 * gathered in half-millimetre cells; cells up to a millimetre apart belong to one block, so a
 * code is one block and stays apart from the text beside it (the layout leaves 4 mm).
 */
function squareBlocks(page: Page): { left: number; top: number; right: number; bottom: number }[] {
  const columns = Math.ceil(page.width / cell);
  const rows = Math.ceil(page.height / cell);
  const ink = new Uint8Array(columns * rows);
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++)
      if (page.pixels[y * page.width + x]! < 128) ink[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
  }
  const seen = new Uint8Array(columns * rows);
  const blocks = [];
  const reach = 2;
  const minimum = (15 * dpi) / 25.4;
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    seen[start] = 1;
    const stack = [start];
    let [left, top, right, bottom] = [columns, rows, 0, 0];
    while (stack.length > 0) {
      const index = stack.pop()!;
      const [x, y] = [index % columns, Math.floor(index / columns)];
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      for (let ny = Math.max(0, y - reach); ny <= Math.min(rows - 1, y + reach); ny++) {
        for (let nx = Math.max(0, x - reach); nx <= Math.min(columns - 1, x + reach); nx++) {
          const next = ny * columns + nx;
          if (ink[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    const box = { left: left * cell, top: top * cell, right: (right + 1) * cell, bottom: (bottom + 1) * cell };
    const [width, height] = [box.right - box.left, box.bottom - box.top];
    if (width >= minimum && Math.abs(width - height) < width / 10) blocks.push(box);
  }
  return blocks;
}

/** What a QR code inside a box of the page says, read from the box alone with a white margin. */
function readCode(page: Page, box: { left: number; top: number; right: number; bottom: number }): string | undefined {
  const margin = 4 * cell;
  const width = box.right - box.left + 2 * margin;
  const height = box.bottom - box.top + 2 * margin;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = box.top; y < Math.min(box.bottom, page.height); y++) {
    for (let x = box.left; x < Math.min(box.right, page.width); x++) {
      const value = page.pixels[y * page.width + x]!;
      rgba.fill(
        value,
        ((y - box.top + margin) * width + x - box.left + margin) * 4,
        ((y - box.top + margin) * width + x - box.left + margin) * 4 + 3,
      );
    }
  }
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/**
 * What the QR codes printed in a PDF say, as a phone camera reads them: each page is rendered at
 * 300 dpi, every square block of ink is read on its own, and the codes found are returned page
 * by page. Needs poppler-utils (pdftoppm).
 */
export function pdfQrCodes(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-qr-'));
  try {
    const result = spawnSync('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdftoppm failed for ${file} (needs poppler-utils): ${result.stderr}`);
    return readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const page = readPgm(join(dir, name));
        return squareBlocks(page).flatMap((box) => readCode(page, box) ?? []);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
