import { directionOf, textAttributes } from '#src/i18n/locales.ts';
import { escapeAttribute, escapeText } from '../escape-html.ts';
import { bidiRuns, needsIsolation } from './bidi-runs.ts';

/**
 * Text in a language as HTML, for `BidiText.astro` and `LocalizedText.astro`: the markup those
 * components would write, as one string. They stand dozens of times on every page (each entry
 * title, each link to an entry), and Astro renders an element whose tag is a variable (`<Tag>`)
 * through its framework-component path, trying every renderer first: in a build of 2,000
 * entries × 7 languages that was a tenth of the time. Escaped as Astro escapes, so the pages stay
 * the same byte for byte.
 */

/**
 * Text read in `direction`, its left-to-right runs (numbers, addresses, German terms) isolated in
 * `<bdi dir="ltr">` when that is right to left (see `bidiRuns`).
 */
export function bidiTextHtml(text: string, direction: 'ltr' | 'rtl'): string {
  if (!needsIsolation(direction)) return escapeText(text);
  let html = '';
  for (const run of bidiRuns(text)) {
    if (!run.isolate) html += escapeText(run.text);
    else html += `<bdi dir="ltr"${run.unbroken ? ' class="unbroken"' : ''}>${escapeText(run.text)}</bdi>`;
  }
  return html;
}

/** The elements LocalizedText may be. */
export type TextElement = 'span' | 'p' | 'div' | 'h1' | 'h2' | 'h3' | 'h4' | 'li' | 'strong';

export interface LocalizedTextOptions {
  text: string;
  /** The text's language when it is not the page's (a German fallback). */
  lang?: string | undefined;
  as?: TextElement | undefined;
  class?: string | undefined;
  id?: string | undefined;
}

/**
 * A piece of text in an element. When its language differs from the page's, the element gets
 * `lang` and `dir`; right-to-left text has its left-to-right runs isolated.
 */
export function localizedTextHtml(
  { text, lang, as: tag = 'span', class: className, id }: LocalizedTextOptions,
  pageLocale: string,
): string {
  const attributes = { class: className, id, ...textAttributes(lang, pageLocale) };
  let html = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) html += ` ${name}="${escapeAttribute(value)}"`;
  return `${html}>${bidiTextHtml(text, directionOf(lang ?? pageLocale))}</${tag}>`;
}
