import type { Translate } from '#src/i18n/translate.ts';
import type { Vocabularies } from '#src/lib/content/validate-content.ts';
import { formatList } from '#src/lib/format-list.ts';
import { anyAnswer, otherStatus, type AgeRange } from '#src/lib/finder/finder-answers.ts';
import type { Condition } from '#src/lib/finder/finder-overview.ts';
import { termLabel, type LabelText } from '#src/lib/vocabulary.ts';

/** What the finder's labels need of the page. */
export interface LabelContext {
  t: Translate;
  vocabularies: Vocabularies;
  locale: string;
  intl: string;
}

/** Heading of each finder question (it addresses the reader). */
export const questionKeys = { age: 'finder.stepAge', status: 'finder.stepStatus', district: 'finder.stepDistrict' } as const;

/** A residence status answer in the page language ("don't know" and "another status" included). */
export function statusLabel(id: string, { t, vocabularies, locale, intl }: LabelContext): LabelText {
  if (id === anyAnswer) return { text: t('finder.any'), lang: locale };
  if (id === otherStatus) return { text: t('finder.otherStatus'), lang: locale };
  return termLabel(vocabularies, 'residence-statuses', id, locale, intl);
}

/**
 * The plain explanation of a residence status under its answer, when the vocabulary has one in
 * the page language. A German explanation under a translated answer would only be noise.
 */
export function statusHint(id: string, { vocabularies, locale }: LabelContext): string | undefined {
  return vocabularies['residence-statuses']?.find((term) => term.id === id)?.description?.[locale];
}

/** A district answer in the page language. */
export function districtLabel(id: string, { t, vocabularies, locale, intl }: LabelContext): LabelText {
  if (id === anyAnswer) return { text: t('finder.any'), lang: locale };
  return termLabel(vocabularies, 'districts', id, locale, intl);
}

/** An age range as people say it: "younger than 12", "12 to 26 years", "27 or older". */
export function ageRangeLabel(range: AgeRange, t: Translate): string {
  if (range.max === range.min) return t('finder.ageYears', { age: range.min });
  if (range.min === 0 && range.max !== null) return t('finder.ageBelow', { age: range.max + 1 });
  if (range.max === null) return t('finder.ageFrom', { min: range.min });
  return t('finder.ageRange', { min: range.min, max: range.max });
}

/** Where an offer applies, e.g. "12 to 26 years · Altstadt and Westend"; empty when always. */
export function conditionText(when: Condition[], context: LabelContext): string {
  return when
    .map((condition) =>
      [
        condition.ages &&
          formatList(
            condition.ages.map((range) => ageRangeLabel(range, context.t)),
            context.intl,
          ),
        condition.districts &&
          formatList(
            condition.districts.map((id) => districtLabel(id, context).text),
            context.intl,
          ),
      ]
        .filter(Boolean)
        .join(' · '),
    )
    .join('; ');
}
