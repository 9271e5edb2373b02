import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

/** A greyscale page image from poppler's pdftoppm (binary PGM: "P5 width height 255", one byte a pixel). */
function readPgm(file: string): { width: number; height: number; pixels: Uint8Array } {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`${file}: not a binary PGM`);
  const [whole = '', width = '0', height = '0'] = header;
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(whole.length) };
}

/**
 * What the QR codes printed on the pages of a PDF say, as a phone camera would read them: each
 * page is rendered at 150 dpi and scanned for a code, which is then painted over so the next
 * scan finds the next one, until none is left. Needs poppler-utils (pdftoppm).
 */
export function pdfQrCodes(file: string, pages: { first?: number; last?: number } = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-qr-'));
  try {
    const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
    const result = spawnSync('pdftoppm', ['-r', '150', '-gray', ...range, file, join(dir, 'page')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdftoppm failed for ${file} (needs poppler-utils): ${result.stderr}`);
    const found: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const { width, height, pixels } = readPgm(join(dir, name));
      const rgba = new Uint8ClampedArray(width * height * 4);
      for (let index = 0; index < pixels.length; index++)
        rgba.fill(pixels[index]!, index * 4, index * 4 + 3).fill(255, index * 4 + 3, index * 4 + 4);
      for (
        let code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
        code;
        code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })
      ) {
        found.push(code.data);
        const corners = Object.values(code.location);
        const [left, right] = [Math.min(...corners.map((point) => point.x)), Math.max(...corners.map((point) => point.x))];
        const [top, bottom] = [Math.min(...corners.map((point) => point.y)), Math.max(...corners.map((point) => point.y))];
        const margin = (right - left) / 4;
        for (let y = Math.max(0, Math.floor(top - margin)); y < Math.min(height, bottom + margin); y++) {
          rgba.fill(
            255,
            (y * width + Math.max(0, Math.floor(left - margin))) * 4,
            (y * width + Math.min(width, Math.ceil(right + margin))) * 4,
          );
        }
      }
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
