import { fromJS } from 'immutable';
import { prepareSave, pruneEmpty } from '#src/lib/cms/prepare-save.ts';
import { collectionNames, type CollectionName } from '#src/schema/names.ts';
import { toPlain, type DecapCms, type DecapEvent, type ImmutableLike } from './decap.ts';
import { adminSettings } from './settings.ts';
import { markSaved, openedData } from './translation-sessions.ts';

type Data = Record<string, unknown>;

/** The entry as it will be written: cleaned German data, stamped translations. */
export function prepareEntry(entry: ImmutableLike): ImmutableLike {
  const [, ...targetLocales] = adminSettings().locales;
  const collection = String(entry.get('collection')) as CollectionName;
  const german = (toPlain(entry.get('data')) ?? {}) as Data;
  // A vocabulary file holds every language itself and has no translations: only clean it, so
  // a language label left empty is missing instead of invalid.
  if (!(collectionNames as readonly string[]).includes(collection)) return entry.set('data', fromJS(pruneEmpty(german) ?? {}));
  const translations: Record<string, Data | undefined> = {};
  const openedAs: Record<string, Data | undefined> = {};
  for (const locale of targetLocales) {
    translations[locale] = toPlain(entry.getIn(['i18n', locale, 'data'])) as Data | undefined;
    openedAs[locale] = openedData(entry, locale);
  }
  const prepared = prepareSave({ collection, german, translations, openedAs });
  let next = entry.set('data', fromJS(prepared.german));
  for (const locale of targetLocales) {
    const data = prepared.translations[locale];
    // Without data Decap writes no file for the language.
    next = data ? next.setIn(['i18n', locale, 'data'], fromJS(data)) : next.deleteIn(['i18n', locale]);
    markSaved(entry, locale, data);
  }
  return next;
}

/**
 * Clean and stamp every entry before Decap writes it. Decap passes the handler the event object
 * it returns afterwards; a value returned from the handler would only replace the German data
 * (decap-cms #7966), so the handler replaces `event.entry` and returns nothing.
 */
export function registerSaveHandler(cms: DecapCms): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: (event: DecapEvent) => {
      event.entry = prepareEntry(event.entry);
      return undefined;
    },
  });
}
