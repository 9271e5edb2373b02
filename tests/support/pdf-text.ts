import { spawnSync } from 'node:child_process';

/**
 * Text of a PDF as a reader gets it, via poppler's pdftotext. Poppler reads the ActualText spans
 * Chromium writes for shaped Arabic and Persian, so right-to-left text comes out in logical order
 * (pdf.js ignores them and returns unmapped glyphs). Needs Debian's poppler-utils.
 */
export function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `pdftotext failed for ${file}. The PDF tests need poppler-utils:\n  sudo apt-get install -y poppler-utils\n${result.stderr ?? result.error}`,
    );
  }
  return result.stdout;
}

/** Text for comparing: no whitespace and no direction marks (extractors differ in both). */
export function squash(text: string): string {
  return text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
