import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { topicsOf } from '../content/directory.ts';
import { referralCollections, type CounterBrochure } from '#src/schema/publications.ts';
import { counterBrochureChapters } from './counter-brochure.ts';

/** Kinds of entries a counsellor refers people to, in the order the brochure lists them. */
const brochureCollections = referralCollections;

/** One chapter of the brochure: a topic and every entry on it. */
interface BrochureChapter {
  topic: string;
  entries: DirectoryEntry[];
}

/**
 * Chapters of the referral brochure, one per topic that has entries, in vocabulary order. Every
 * entry appears in each of its topics' chapters; the page shows it in full only in the first
 * chosen chapter and as a cross reference elsewhere (see `firstChapterOf` in first-chapter.ts), so the brochure can
 * be printed for any selection of topics from one prerendered page.
 */
export function brochureChapters(directory: Directory): BrochureChapter[] {
  const order = (directory.vocabularies['topics'] ?? []).map((term) => term.id);
  const entries = directory.entries
    .filter((entry) => brochureCollections.includes(entry.collection))
    .sort((a, b) => brochureCollections.indexOf(a.collection) - brochureCollections.indexOf(b.collection));
  return order
    .map((topic) => ({ topic, entries: entries.filter((entry) => topicsOf(entry).includes(topic)) }))
    .filter((chapter) => chapter.entries.length > 0);
}

/**
 * Every entry a brochure prints, once: those of the full brochure and of the counter edition.
 * Each has its QR code as a file (entryQrPath).
 */
export function brochureEntries(directory: Directory, counter: CounterBrochure | undefined): DirectoryEntry[] {
  const chapters = [...brochureChapters(directory), ...counterBrochureChapters(directory, counter)];
  return [...new Map(chapters.flatMap((chapter) => chapter.entries).map((entry) => [entry.id, entry])).values()];
}
