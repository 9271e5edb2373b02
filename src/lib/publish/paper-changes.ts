import { CORE_SCHEMA, load } from 'js-yaml';
import { collections, type CollectionName } from '#src/schema/index.ts';
import type { ContentHistory, FileChange } from '../content/content-history.ts';

/** What happened to one entry of a paper between two versions. */
interface EntryChange {
  collection: CollectionName;
  id: string;
  kind: 'added' | 'changed' | 'removed';
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  /** German title of a removed entry, read from the history (it is no longer in the directory). */
  title?: string;
}

/**
 * The change list of a paper. A version of a paper is the content at the end of a day on which
 * one of its entries changed; the list compares the newest version with the one before.
 */
export type PaperChanges =
  | { state: 'unavailable'; reason: 'no-git' | 'shallow' }
  | { state: 'first-version'; date?: string }
  | { state: 'changes'; date: string; previous: string; changes: EntryChange[] };

/** Which files count: the German entries of these collections that the paper may show. */
export interface ChangeScope {
  collections: readonly CollectionName[];
  /** Folder of the source language, "de". */
  sourceLocale: string;
  /** Whether an existing entry is in the paper of this edition (public, published, not archived). */
  isListed: (collection: CollectionName, id: string) => boolean;
}

interface EntryEvent {
  date: string;
  change: FileChange;
  /** More than the review date changed ("Noch aktuell" alone is no new version). */
  substantive: boolean;
}

const kindOrder: Record<EntryChange['kind'], number> = { added: 0, changed: 1, removed: 2 };

function isReviewLine(line: string): boolean {
  return /^\s*$/.test(line) || /^reviewed:/.test(line);
}

/** The fields of a file as it was before it was deleted (YAML, or MDX front matter). */
function dataOf(lines: string[]): Record<string, unknown> {
  const text = lines[0] === '---' ? lines.slice(1, lines.indexOf('---', 1)).join('\n') : lines.join('\n');
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** "responsibilities/de/wohngeld.yaml" → its collection and id, when it is a German entry in scope. */
function entryOf(path: string, scope: ChangeScope): { collection: CollectionName; id: string } | undefined {
  const [collection, locale, file, ...rest] = path.split('/');
  if (rest.length > 0 || locale !== scope.sourceLocale || !file || !collection) return undefined;
  if (!(scope.collections as readonly string[]).includes(collection)) return undefined;
  const format = collections[collection as CollectionName].format;
  if (!file.endsWith(`.${format}`)) return undefined;
  return { collection: collection as CollectionName, id: file.slice(0, -format.length - 1) };
}

/**
 * The entries added, changed and removed in a paper's newest version compared with the version
 * before, each with its date, from the content's git history. Entries the edition does not show
 * (internal or archived ones, and deleted ones that were internal) neither appear nor make a
 * version; a day on which entries were only confirmed ("reviewed" changed) is no new version.
 */
export function paperChanges(history: ContentHistory, scope: ChangeScope): PaperChanges {
  if (history.state === 'unavailable') return { state: 'unavailable', reason: history.reason };
  const events = new Map<string, { collection: CollectionName; id: string; list: EntryEvent[] }>();
  for (const commit of history.commits) {
    for (const change of commit.files) {
      const entry = entryOf(change.path, scope);
      if (!entry) continue;
      const key = `${entry.collection}/${entry.id}`;
      const substantive = change.status !== 'modified' || [...change.added, ...change.removed].some((line) => !isReviewLine(line));
      const record = events.get(key) ?? { ...entry, list: [] };
      record.list.push({ date: commit.date, change, substantive });
      events.set(key, record);
    }
  }

  // Only entries the edition shows take part: now listed, or deleted while public.
  const relevant = [...events.values()].filter(({ collection, id, list }) => {
    const last = list.at(-1);
    if (last?.change.status === 'deleted') return dataOf(last.change.removed)['visibility'] !== 'internal';
    return scope.isListed(collection, id);
  });
  const days = [...new Set(relevant.flatMap(({ list }) => list.filter((event) => event.substantive).map((event) => event.date)))].sort();
  const date = days.at(-1);
  const previous = days.at(-2);
  if (!date || !previous) return date ? { state: 'first-version', date } : { state: 'first-version' };

  const exists = (list: EntryEvent[]) => list.length > 0 && list.at(-1)?.change.status !== 'deleted';
  const changes: EntryChange[] = [];
  for (const { collection, id, list } of relevant) {
    const before = list.filter((event) => event.date < date);
    const today = list.filter((event) => event.date === date);
    if (today.length === 0) continue;
    const existedBefore = exists(before);
    const existsNow = exists(list);
    if (!existedBefore && existsNow) changes.push({ collection, id, kind: 'added', date });
    else if (existedBefore && !existsNow) {
      const title = dataOf(list.at(-1)?.change.removed ?? [])['title'];
      changes.push({ collection, id, kind: 'removed', date, ...(typeof title === 'string' ? { title } : {}) });
    } else if (existedBefore && existsNow && today.some((event) => event.substantive))
      changes.push({ collection, id, kind: 'changed', date });
  }
  changes.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.id.localeCompare(b.id));
  return { state: 'changes', date, previous, changes };
}
