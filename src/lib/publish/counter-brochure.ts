import type { CounterBrochure } from '#src/schema/publications.ts';
import type { Directory, DirectoryEntry } from '../content/directory.ts';

/** One chapter of the counter brochure: a topic and the chosen entries, in the chosen order. */
interface CounterChapter {
  topic: string;
  entries: DirectoryEntry[];
}

/**
 * The chapters of the counter brochure as the editors ordered them. Entries that are not
 * published in this edition (a project that has ended) are left out, and so is a chapter left
 * empty by that; `npm run check` has already refused unknown and internal entries.
 */
export function counterBrochureChapters(directory: Directory, brochure: CounterBrochure | undefined): CounterChapter[] {
  if (!brochure) return [];
  return brochure.chapters
    .map((chapter) => ({
      topic: chapter.topic,
      entries: chapter.entries.flatMap((id) => {
        const entry = directory.byId.get(id);
        return entry ? [entry] : [];
      }),
    }))
    .filter((chapter) => chapter.entries.length > 0);
}
