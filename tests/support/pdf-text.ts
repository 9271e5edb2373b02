import { spawnSync } from 'node:child_process';

/**
 * Text of a PDF as a reader gets it, via poppler's pdftotext. Poppler reads the ActualText spans
 * Chromium writes for shaped Arabic and Persian, so right-to-left text comes out in logical order
 * (pdf.js ignores them and returns unmapped glyphs). Needs Debian's poppler-utils. `page` limits
 * it to one page; `layout` keeps the columns of a line apart (a title and its page number).
 */
export function pdfText(file: string, options: { page?: number; layout?: boolean } = {}): string {
  const pages = options.page ? ['-f', String(options.page), '-l', String(options.page)] : [];
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), ...pages, file, '-'], {
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    throw new Error(
      `pdftotext failed for ${file}. The PDF tests need poppler-utils:\n  sudo apt-get install -y poppler-utils\n${result.stderr ?? result.error}`,
    );
  }
  return result.stdout;
}

/**
 * Text for comparing: no whitespace, no direction marks and no Arabic vowel marks (extractors
 * differ in all three; a mark such as tanwīn may come out before or after its letter).
 */
export function squash(text: string): string {
  return text.replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]|[\p{Script_Extensions=Arabic}&&\p{Mn}]/gv, '');
}

/**
 * The runs of one script in each word of a text ("إذن العمل (Gestattung)" → ["إذن", "العمل",
 * "Gestattung"]), squashed. Where right-to-left text embeds a left-to-right term, extractors may
 * move the term, the brackets and dashes around it, and a term that wraps to the next line comes
 * out with its neighbouring punctuation moved too; each word comes out whole and in logical order.
 */
export function scriptRuns(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => [...squash(word).matchAll(/(?:\p{Script=Arabic}|\u200c)+|[^\p{Script=Arabic}()[\]«»"“”„'’.,:;،؛!?–—]+/gu)])
    .map((match) => match[0]);
}
