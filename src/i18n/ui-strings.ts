import { z } from 'astro/zod';
import type { Locale } from '#src/schema/site-config.ts';
import ar from './ui/ar.ts';
import de from './ui/de.ts';
import en from './ui/en.ts';
import fa from './ui/fa.ts';
import ru from './ui/ru.ts';
import tr from './ui/tr.ts';
import uk from './ui/uk.ts';

/** A UI string: plain, or plural forms chosen with Intl.PluralRules. */
export type UiString = string | { one?: string; two?: string; few?: string; many?: string; zero?: string; other: string };
export type UiKey = keyof typeof de;
/** A complete dictionary: every German key, no other. */
export type UiStrings = { [K in UiKey]: UiString };

const uiString = z.union([
  z.string().min(1),
  z.strictObject({
    zero: z.string().optional(),
    one: z.string().optional(),
    two: z.string().optional(),
    few: z.string().optional(),
    many: z.string().optional(),
    other: z.string().min(1),
  }),
]);

/** Strict schema from the German master: a missing or extra key is an error. */
const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(de).map((key) => [key, uiString])) as Record<UiKey, typeof uiString>,
);

/** The `{placeholders}` of a UI string (all plural forms together). */
function placeholdersOf(value: UiString): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

/**
 * Check a dictionary against the German master; throws naming the file to fix. Runs when this
 * module is imported, so a broken dictionary fails the build, not a visitor's page. Besides
 * missing and extra keys it catches a translation that lost or renamed a `{placeholder}` (the
 * page would then show "{date}" instead of a date).
 */
export function checkDictionary(locale: string, dictionary: unknown): UiStrings {
  const result = dictionarySchema.safeParse(dictionary);
  const file = `src/i18n/ui/${locale}.ts`;
  if (result.success) {
    const data = result.data as UiStrings;
    const wrong = (Object.keys(de) as UiKey[]).filter((key) => placeholdersOf(data[key]).join() !== placeholdersOf(de[key]).join());
    if (wrong.length === 0) return data;
    const details = wrong.map(
      (key) =>
        `${key} braucht ${
          placeholdersOf(de[key])
            .map((name) => `{${name}}`)
            .join(' ') || 'keine Platzhalter'
        }`,
    );
    throw new Error(`${file} passt nicht zu src/i18n/ui/de.ts – falsche Platzhalter: ${details.join('; ')}`);
  }
  // Missing and extra keys are named from the key lists themselves: zod reports a missing
  // union value only as "Invalid input".
  const given = dictionary && typeof dictionary === 'object' ? Object.keys(dictionary) : [];
  const missing = Object.keys(de).filter((key) => !given.includes(key));
  const extra = given.filter((key) => !(key in de));
  const other = result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys' && !missing.includes(String(issue.path[0])));
  const parts = [
    missing.length ? `fehlende Schlüssel: ${missing.join(', ')}` : '',
    extra.length ? `überzählige Schlüssel: ${extra.join(', ')}` : '',
    ...other.map((issue) => `${String(issue.path[0])}: ${issue.message}`),
  ].filter(Boolean);
  throw new Error(`${file} passt nicht zu src/i18n/ui/de.ts – ${parts.join('; ')}`);
}

/** Every dictionary, checked. */
export const dictionaries: Record<Locale, UiStrings> = {
  de: checkDictionary('de', de),
  en: checkDictionary('en', en),
  ar: checkDictionary('ar', ar),
  fa: checkDictionary('fa', fa),
  tr: checkDictionary('tr', tr),
  uk: checkDictionary('uk', uk),
  ru: checkDictionary('ru', ru),
};
