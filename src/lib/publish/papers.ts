import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf, topicsOf } from '../content/directory.ts';
import type { CollectionName } from '#src/schema/names.ts';

/**
 * The four interface papers (Schnittstellenpapiere) as Augsburg publishes them. Each paper is
 * one collection of the directory; its title in every language comes from the UI strings
 * (`paper.<id>`), the German title below names the files people download.
 */
export const paperIds = ['networks', 'responsibilities', 'projects', 'associations'] as const;
export type PaperId = (typeof paperIds)[number];

/**
 * Which collection a paper lists, the collections it adds as key actors and central contact
 * points, and its German title (legally binding wording). Augsburg's paper on responsibilities
 * covers the offices responsible by law "sowie Schlüsselakteure und zentrale Anlaufstellen"
 * (002:L827): the counselling and interpreting services people are sent to.
 */
export const papers: Record<PaperId, { collection: CollectionName; contactPoints?: readonly CollectionName[]; germanTitle: string }> = {
  networks: { collection: 'networks', germanTitle: 'Schnittstellenpapier Netzwerke' },
  responsibilities: {
    collection: 'responsibilities',
    contactPoints: ['services', 'interpreting'],
    germanTitle: 'Schnittstellenpapier Zuständigkeiten',
  },
  projects: { collection: 'projects', germanTitle: 'Schnittstellenpapier Projekte und Anlaufstellen' },
  associations: { collection: 'associations', germanTitle: 'Schnittstellenpapier Vereine und Zusammenschlüsse' },
};

/** Collections a paper lists: its own first, then its key actors and contact points. */
export function paperCollections(paper: PaperId): CollectionName[] {
  return [papers[paper].collection, ...(papers[paper].contactPoints ?? [])];
}

/** The published entries of a paper: its own, then its contact points, each in German alphabetical order. */
export function paperEntries(directory: Directory, paper: PaperId): DirectoryEntry[] {
  return paperCollections(paper).flatMap((collection) => entriesOf(directory, collection));
}

/** A paper's entries in its two parts: chapters by topic, then the key actors and contact points. */
export function paperParts(directory: Directory, paper: PaperId): { own: readonly DirectoryEntry[]; contactPoints: DirectoryEntry[] } {
  return {
    own: entriesOf(directory, papers[paper].collection),
    contactPoints: (papers[paper].contactPoints ?? []).flatMap((collection) => entriesOf(directory, collection)),
  };
}

/** One chapter of a document grouped by topic. */
interface TopicGroup<T> {
  topic: string;
  items: T[];
}

/**
 * Group entries by topic, in the order of the topic vocabulary. An entry appears once, under the
 * first of its topics that is wanted (so a printed paper does not repeat itself); `others` lists
 * the chapters that only point to it. With `selected`, only those topics become chapters.
 */
export function groupByTopic<T extends DirectoryEntry>(
  items: readonly T[],
  topicOrder: string[],
  selected?: readonly string[],
): { groups: TopicGroup<T>[]; others: Map<string, T[]> } {
  const wanted = selected && selected.length > 0 ? topicOrder.filter((topic) => selected.includes(topic)) : topicOrder;
  const groups = new Map<string, T[]>(wanted.map((topic) => [topic, []]));
  const others = new Map<string, T[]>();
  for (const item of items) {
    const topics = topicsOf(item).filter((topic) => groups.has(topic));
    topics.sort((a, b) => wanted.indexOf(a) - wanted.indexOf(b));
    const [first, ...rest] = topics;
    if (!first) continue;
    groups.get(first)?.push(item);
    for (const topic of rest) others.set(topic, [...(others.get(topic) ?? []), item]);
  }
  return {
    groups: [...groups]
      .filter(([topic, list]) => list.length > 0 || (others.get(topic)?.length ?? 0) > 0)
      .map(([topic, list]) => ({ topic, items: list })),
    others,
  };
}
