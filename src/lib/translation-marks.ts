/**
 * What a reader is told, next to an entry in a list, about the language of its text: "German
 * only" when its title or summary is shown in German because there is no translation yet, and
 * "machine-translated" when the translation has not been checked by a person. The one rule for
 * cards, search results, finder results, the map list, the referral slip, brochure and papers.
 */
import { escapeAttribute, escapeText } from './escape-html.ts';

/** The marks of one entry in one language. */
export interface TranslationMarks {
  /** Title or summary is shown in German. */
  germanOnly: boolean;
  /** Machine-translated and not yet checked by a person. */
  machine: boolean;
}

/** The fields that name and describe an entry in a list. */
const listedFields = ['title', 'summary'];

/**
 * The marks of an entry as one language shows it (`LocalizedEntry`): none in the source
 * language, "German only" when its title or summary falls back to German.
 */
export function translationMarks(
  entry: { locale: string; fallback: readonly string[]; machine: boolean },
  sourceLocale = 'de',
): TranslationMarks {
  if (entry.locale === sourceLocale) return { germanOnly: false, machine: false };
  return { germanOnly: entry.fallback.some((path) => listedFields.includes(path)), machine: entry.machine };
}

/** The words of the marks in the page language (UI strings `card.inGerman` and `card.machine`). */
export interface MarkWords {
  germanOnly: string;
  machine: string;
}

/** The words of the marks from the page's UI strings. */
export function markWords(t: (key: 'card.inGerman' | 'card.machine') => string): MarkWords {
  return { germanOnly: t('card.inGerman'), machine: t('card.machine') };
}

/** One visible mark: its words and the class that styles it. */
interface MarkLabel {
  kind: 'german-only' | 'machine';
  text: string;
  className: string;
}

/** The labels to show for an entry's marks, in reading order ("German only" first). */
export function markLabels(marks: TranslationMarks, words: MarkWords): MarkLabel[] {
  const labels: MarkLabel[] = [];
  if (marks.germanOnly) labels.push({ kind: 'german-only', text: words.germanOnly, className: 'badge badge--language' });
  if (marks.machine) labels.push({ kind: 'machine', text: words.machine, className: 'badge badge--machine' });
  return labels;
}

/**
 * The marks as HTML (`TranslationMarks.astro`, and lists that stand on many pages and write it
 * themselves); an empty string when the entry has neither.
 */
export function translationMarksHtml(marks: TranslationMarks, words: MarkWords): string {
  const labels = markLabels(marks, words);
  if (labels.length === 0) return '';
  let html = '<span class="translation-marks">';
  for (const label of labels) {
    html += `<span class="${escapeAttribute(label.className)}" data-translation-mark="${label.kind}">${escapeText(label.text)}</span>`;
  }
  return `${html}</span>`;
}
