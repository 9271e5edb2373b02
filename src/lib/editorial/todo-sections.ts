import { reviewResultLabels } from '#src/schema/collections/agreements.ts';
import { collections } from '#src/schema/index.ts';
import type { DirectoryEntry } from '../content/directory.ts';
import { formatDate } from '../dates.ts';
import { languageName } from '../review/format-review.ts';
import { agreementLookAheadDays, lookAheadDays, type TodoList } from './build-todo.ts';

/** One line of the to-do list: an entry and what is to do about it. */
interface TodoItem {
  entry: DirectoryEntry;
  /** "Organisation „Jobcenter“". */
  name: string;
  /** What is due, e.g. "fällig seit 1. März 2026 (266 Tage)". */
  detail: string;
  /** Offer the one-click "still correct" confirmation (overdue reviews). */
  confirm: boolean;
  /** The entry has a page on the site (ended projects have none: they are in the archive). */
  hasPage: boolean;
}

export interface TodoSection {
  id: string;
  heading: string;
  items: TodoItem[];
}

const date = (value: string) => formatDate(value, 'de-DE');

/** German name of an entry: its kind and title. */
function entryName(entry: DirectoryEntry): string {
  return `${collections[entry.collection].labelSingular} „${String((entry.data as { title?: unknown }).title ?? entry.id)}“`;
}

const item = (entry: DirectoryEntry, detail: string, options: { confirm?: boolean; hasPage?: boolean } = {}): TodoItem => ({
  entry,
  name: entryName(entry),
  detail,
  confirm: options.confirm ?? false,
  hasPage: options.hasPage ?? true,
});

/**
 * The to-do list in sections with German headings and details, as the editors' page and
 * `npm run freshness` show it.
 */
export function todoSections(todo: TodoList): TodoSection[] {
  return [
    {
      id: 'ueberfaellig',
      heading: 'Überfällige Prüfungen, älteste zuerst',
      items: todo.overdue.map(({ entry, due, daysOverdue }) =>
        item(entry, `fällig seit ${date(due)} (${daysOverdue} Tage)`, { confirm: true }),
      ),
    },
    ...todo.translations.flatMap((locale) => [
      {
        id: `veraltet-${locale.locale}`,
        heading: `Veraltete Übersetzungen: ${languageName(locale.locale)}`,
        items: locale.outdated.map((entry) => item(entry, 'deutscher Text wurde geändert')),
      },
      {
        id: `fehlt-${locale.locale}`,
        heading: `Fehlende Übersetzungen: ${languageName(locale.locale)}`,
        items: locale.missing.map((entry) => item(entry, 'noch nicht übersetzt')),
      },
    ]),
    {
      id: 'projekte',
      heading: `Projekte: beendet oder enden in den nächsten ${lookAheadDays} Tagen`,
      items: todo.projects.map(({ entry, end, ended }) =>
        item(entry, `${ended ? 'beendet am' : 'endet am'} ${date(end)}`, { hasPage: !ended }),
      ),
    },
    {
      id: 'vereinbarungen',
      heading: `Kooperationsvereinbarungen: Überprüfung fällig oder Ablauf in den nächsten ${agreementLookAheadDays} Tagen`,
      items: todo.agreements.map(({ entry, reason, date: when, lastReview }) =>
        item(
          entry,
          reason === 'expires'
            ? `gültig bis ${date(when)}`
            : `Überprüfung fällig am ${date(when)} (${
                lastReview
                  ? `zuletzt überprüft am ${date(lastReview.date)}: ${reviewResultLabels[lastReview.result].toLowerCase()}, ${lastReview.role}`
                  : 'noch keine Überprüfung eingetragen'
              })`,
        ),
      ),
    },
    {
      id: 'verweise',
      heading: 'Verweise ins Leere',
      items: todo.brokenReferences.map(({ entry, field, target, reason }) =>
        item(
          entry,
          `Feld „${field}“: „${target}“ ${reason === 'archived' ? 'ist ein beendetes Projekt (nicht mehr öffentlich)' : 'gibt es nicht'}`,
        ),
      ),
    },
  ];
}
