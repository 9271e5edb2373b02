import type { Translate } from '#src/i18n/translate.ts';
import type { UiKey } from '#src/i18n/ui-strings.ts';
import { openStatusLabels } from '#src/lib/open-status.ts';
import { markWords } from '#src/lib/translation-marks.ts';

/**
 * Plural forms of a counted UI string as templates with "{count}", one per plural category of
 * the language, so the browser can pick the right one with Intl.PluralRules.
 */
export function pluralForms(t: Translate, key: UiKey, intlLocale: string): Record<string, string> {
  // Every page's header asks for the same forms: made once per translator (language) and key.
  let byKey = pluralCache.get(t);
  if (!byKey) pluralCache.set(t, (byKey = new Map()));
  let forms = byKey.get(`${intlLocale}\u0000${key}`);
  if (!forms) byKey.set(`${intlLocale}\u0000${key}`, (forms = pluralFormsUncached(t, key, intlLocale)));
  return forms;
}
const pluralCache = new WeakMap<Translate, Map<string, Record<string, string>>>();

function pluralFormsUncached(t: Translate, key: UiKey, intlLocale: string): Record<string, string> {
  const rules = new Intl.PluralRules(intlLocale);
  // t() writes numbers the way the language does ("٥" in Arabic): look for the sample so written.
  const number = new Intl.NumberFormat(intlLocale);
  const forms: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    for (let sample = 0; sample < 1000; sample++) {
      if (rules.select(sample) !== category) continue;
      forms[category] = t(key, { count: sample }).replace(number.format(sample), '{count}');
      break;
    }
  }
  return forms;
}

const computed = new WeakMap<Translate, ReturnType<typeof searchStrings>>();

/**
 * The translated strings the search islands need, for their `data-strings` attribute. The
 * header of every page carries them: computed once per translator (one per language and build).
 */
export function getSearchStrings(t: Translate, intlLocale: string) {
  let strings = computed.get(t);
  if (!strings) computed.set(t, (strings = searchStrings(t, intlLocale)));
  return strings;
}

function searchStrings(t: Translate, intlLocale: string) {
  return {
    results: pluralForms(t, 'search.results', intlLocale),
    noResults: t('search.noResults'),
    tooShort: t('search.tooShort'),
    loading: t('search.loading'),
    failed: t('search.failed'),
    showAll: t('search.showAll'),
    hours: openStatusLabels(t),
    free: t('field.free'),
    costs: t('search.costs'),
    languages: t('search.hitLanguages', { list: '{list}' }),
    yearsFrom: t('entry.yearsFrom', { min: '{min}' }),
    yearsUpTo: t('entry.yearsUpTo', { max: '{max}' }),
    yearsRange: t('entry.yearsRange', { min: '{min}', max: '{max}' }),
    marks: markWords(t),
    intl: intlLocale,
  };
}
