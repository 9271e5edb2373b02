import type { ImmutableLike } from './decap.ts';
import { toPlain } from './decap.ts';

/**
 * What each language of an entry looked like when the translator opened it in this editing
 * session. The save compares against it to tell which translations were edited (and get a new
 * `translation.source` stamp); a language never opened was not edited.
 */
const opened = new Map<string, Record<string, unknown>>();

function key(entry: ImmutableLike, locale: string): string {
  return `${String(entry.get('collection'))}/${String(entry.get('slug') ?? '')}/${locale}`;
}

/** Remember a language's data the first time the translator opens it. */
export function rememberOpened(entry: ImmutableLike, locale: string): void {
  const id = key(entry, locale);
  if (opened.has(id)) return;
  opened.set(id, (toPlain(entry.getIn(['i18n', locale, 'data'])) as Record<string, unknown> | undefined) ?? {});
}

/** The data a language had when opened, or undefined when it was not opened. */
export function openedData(entry: ImmutableLike, locale: string): Record<string, unknown> | undefined {
  return opened.get(key(entry, locale));
}

/** After a save, the saved data is the new starting point. */
export function markSaved(entry: ImmutableLike, locale: string, data: Record<string, unknown> | undefined): void {
  const id = key(entry, locale);
  if (opened.has(id)) opened.set(id, data ?? {});
}
