import { paperIds } from './papers.ts';

/** PDF name of the counter edition of the brochure (A5, chosen by the editors). */
export const counterBrochurePdfName = 'brochure-counter';

/**
 * Names of the PDFs `npm run papers` writes per language (dist/downloads/<locale>/<name>.pdf);
 * the counter edition only where the content has one (content/publications/counter-brochure.yaml).
 */
export const pdfNames = [...paperIds.map((paper) => `paper-${paper}`), 'brochure-a4', 'brochure-a5', counterBrochurePdfName] as const;

/** PDF name of an interface paper. */
export function paperPdfName(paper: string): string {
  return `paper-${paper}`;
}

/** PDF name of the brochure in a format, optionally limited to topics. */
export function brochurePdfName(format: 'A4' | 'A5', topics: string[] = []): string {
  return `brochure-${format.toLowerCase()}${topics.length > 0 ? `-${topics.join('-')}` : ''}`;
}
