import type { Translate } from '../../i18n/translate.ts';
import type { UiKey } from '../../i18n/ui-strings.ts';

/**
 * Plural forms of a counted UI string as templates with "{count}", one per plural category of
 * the language, so the browser can pick the right one with Intl.PluralRules.
 */
export function pluralForms(t: Translate, key: UiKey, intlLocale: string): Record<string, string> {
  const rules = new Intl.PluralRules(intlLocale);
  const forms: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    for (let sample = 0; sample < 1000; sample++) {
      if (rules.select(sample) !== category) continue;
      // t() writes the number as the language does (Persian digits in Persian).
      forms[category] = t(key, { count: sample }).replace(new Intl.NumberFormat(intlLocale).format(sample), '{count}');
      break;
    }
  }
  return forms;
}

/** The translated strings the search islands need, for their `data-strings` attribute. */
export function getSearchStrings(t: Translate, intlLocale: string) {
  return {
    results: pluralForms(t, 'search.results', intlLocale),
    noResults: t('search.noResults'),
    tooShort: t('search.tooShort'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    showAll: t('search.showAll'),
    openNow: t('search.openNow'),
    closedNow: t('search.closedNow'),
    appointment: t('entry.appointmentOnly'),
  };
}
