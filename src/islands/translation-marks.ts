import type { SlipEntry } from '#src/lib/referral/slip-data.ts';
import { markLabels, type MarkWords, type TranslationMarks } from '#src/lib/translation-marks.ts';

/**
 * "German only" and "machine-translated" next to an entry rendered in the browser (search
 * results, the referral slip's client column): the same labels as `<TranslationMarks />`,
 * built with DOM methods. Appends nothing when the entry has neither mark.
 */
export function appendTranslationMarks(parent: HTMLElement, marks: TranslationMarks, words: MarkWords): void {
  const labels = markLabels(marks, words);
  if (labels.length === 0) return;
  const box = document.createElement('span');
  box.className = 'translation-marks';
  for (const label of labels) {
    const mark = document.createElement('span');
    mark.className = label.className;
    mark.dataset['translationMark'] = label.kind;
    mark.textContent = label.text;
    box.append(mark);
  }
  // A space keeps the marks apart from text before them, as in the server-rendered lists.
  parent.append(...(parent.textContent ? [' ', box] : [box]));
}

/**
 * The marks of a referral slip entry after its kind line, from the slip data's flags (`f`: title
 * or summary in German, `m`: machine-translated) and the labels of the slip's language.
 */
export function appendSlipMarks(kindLine: HTMLElement | null, entry: Pick<SlipEntry, 'f' | 'm'>, labels: Record<string, string>): void {
  if (!kindLine) return;
  const marks = { germanOnly: (entry.f?.length ?? 0) > 0, machine: entry.m === 1 };
  appendTranslationMarks(kindLine, marks, { germanOnly: labels['inGerman'] ?? '', machine: labels['machine'] ?? '' });
}
