import type { Directory } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';
import { collectionPath, entryPath, homePath, offlinePath } from './paths.ts';

/**
 * The pages the service worker saves for a language as soon as a visitor opens any page in
 * it: the home page, the journeys (Wegweiser) with the checklists their steps name, the
 * Leichte Sprache pages and the offline notice. Pages the visitor opens are saved on top.
 */
export function offlinePages(directory: Directory, locale: string): string[] {
  const journeys = entriesOf(directory, 'journeys');
  const checklists = new Set(journeys.flatMap((journey) => journey.data.steps.flatMap((step) => (step.checklist ? [step.checklist] : []))));
  const easyLanguage = entriesOf(directory, 'pages').filter((page) => page.data.role === 'easy-language');
  return [
    homePath(locale),
    offlinePath(locale),
    collectionPath(locale, 'journeys'),
    ...journeys.map((journey) => entryPath(locale, 'journeys', journey.id)),
    ...[...checklists].filter((id) => directory.byId.has(id)).map((id) => entryPath(locale, 'checklists', id)),
    ...easyLanguage.map((page) => entryPath(locale, 'pages', page.id)),
  ];
}
