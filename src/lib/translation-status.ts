import type { Locale } from '../schema/site-config.ts';
import { localize, type Directory, type TranslationState } from './content/directory.ts';
import { isGermanOnly } from './required-pages.ts';

/** How far the translation into one language is, for editors. */
export interface LocaleTranslationStatus {
  locale: Locale;
  current: number;
  outdated: number;
  missing: number;
  /** Machine translations not yet checked by a person (also counted as current/outdated). */
  machine: number;
  /** Translated entries that still show some fields in German. */
  partial: number;
  /** Entries to look at first: outdated ones, then missing ones (ids). */
  outdatedIds: string[];
  missingIds: string[];
}

/**
 * Per language, how many public entries are translated and current, outdated (the German text
 * changed after the translation was made) or missing. Readers see the same states on the pages;
 * this is the editors' overview.
 */
export function translationStatus(directory: Directory): LocaleTranslationStatus[] {
  const [, ...targets] = directory.site.locales;
  return targets.map((locale) => {
    const status: LocaleTranslationStatus = {
      locale,
      current: 0,
      outdated: 0,
      missing: 0,
      machine: 0,
      partial: 0,
      outdatedIds: [],
      missingIds: [],
    };
    for (const entry of directory.entries.filter((candidate) => !isGermanOnly(candidate))) {
      const localized = localize(entry, locale);
      const state: TranslationState = localized.state;
      if (state === 'current') status.current++;
      if (state === 'outdated') {
        status.outdated++;
        status.outdatedIds.push(entry.id);
      }
      if (state === 'missing') {
        status.missing++;
        status.missingIds.push(entry.id);
      }
      if (localized.machine) status.machine++;
      if (state !== 'missing' && localized.fallback.length > 0) status.partial++;
    }
    return status;
  });
}
