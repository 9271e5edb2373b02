import { collectionNames, type CollectionName } from '#src/schema/names.ts';
import { topicsOf, type Directory, type DirectoryEntry } from './content/directory.ts';

/**
 * Everything on one topic (Handlungsfeld), grouped by kind in the order of the collections:
 * offices and responsibilities first, then counselling, projects, networks, journeys, FAQ.
 * Pages are editorial and never belong to a topic list.
 */
export function entriesForTopic(directory: Directory, topic: string): { collection: CollectionName; entries: DirectoryEntry[] }[] {
  return collectionNames
    .filter((collection) => collection !== 'pages')
    .map((collection) => ({
      collection,
      entries: directory.entries.filter((entry) => entry.collection === collection && topicsOf(entry).includes(topic)),
    }))
    .filter((group) => group.entries.length > 0);
}

/** How many public entries each topic has, for the counts on the topic overview. */
export function topicCounts(directory: Directory): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of directory.entries) {
    if (entry.collection === 'pages') continue;
    for (const topic of topicsOf(entry)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}
