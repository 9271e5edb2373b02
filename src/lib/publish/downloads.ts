import { paperIds } from './papers.ts';

/** Names of the PDFs `npm run papers` writes per language (dist/downloads/<locale>/<name>.pdf). */
export const pdfNames = [...paperIds.map((paper) => `paper-${paper}`), 'brochure-a4', 'brochure-a5'] as const;

/** PDF name of an interface paper. */
export function paperPdfName(paper: string): string {
  return `paper-${paper}`;
}

/** PDF name of the brochure in a format, optionally limited to topics. */
export function brochurePdfName(format: 'A4' | 'A5', topics: string[] = []): string {
  return `brochure-${format.toLowerCase()}${topics.length > 0 ? `-${topics.join('-')}` : ''}`;
}
