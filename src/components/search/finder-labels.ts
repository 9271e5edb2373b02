import type { Translate } from '../../i18n/translate.ts';
import type { Vocabularies } from '../../lib/content/validate-content.ts';
import { anyChoice, otherStatus, parseAgeBucket, type StepKind } from '../../lib/finder/plan-finder.ts';
import { termLabel, type LabelText } from '../../lib/vocabulary.ts';

/** The label of one finder answer in the page language. */
export function choiceLabel(kind: StepKind, id: string, t: Translate, vocabularies: Vocabularies, locale: string, intl: string): LabelText {
  if (id === anyChoice) return { text: t('finder.any'), lang: locale };
  if (kind === 'age') {
    const bucket = parseAgeBucket(id);
    if (!bucket) return { text: id, lang: locale };
    const text =
      bucket.min === 0 && bucket.max !== null
        ? t('finder.ageBelow', { age: bucket.max + 1 })
        : bucket.max === null
          ? t('finder.ageFrom', { min: bucket.min })
          : t('finder.ageRange', { min: bucket.min, max: bucket.max });
    return { text, lang: locale };
  }
  if (kind === 'status') {
    if (id === otherStatus) return { text: t('finder.otherStatus'), lang: locale };
    return termLabel(vocabularies, 'residence-statuses', id, locale, intl);
  }
  return termLabel(vocabularies, 'districts', id, locale, intl);
}

/** Heading of a finder question. */
export const questionKeys = { age: 'finder.stepAge', status: 'finder.stepStatus', district: 'finder.stepDistrict' } as const;
