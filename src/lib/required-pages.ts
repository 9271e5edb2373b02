import type { Directory, DirectoryEntry } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';

/** Roles of the pages a German public body must publish, in footer order. */
export const footerRoles = ['imprint', 'privacy', 'accessibility', 'easy-language'] as const;

const footers = new WeakMap<Directory, DirectoryEntry<'pages'>[]>();

/**
 * The first page of each required role, in footer order (Impressum, Datenschutz, …). Every page
 * of the site has the footer, so this is worked out once per directory.
 */
export function footerPages(directory: Directory): DirectoryEntry<'pages'>[] {
  let found = footers.get(directory);
  if (!found) {
    const pages = entriesOf(directory, 'pages');
    found = footerRoles.flatMap((role) => {
      const first = pages.filter((page) => page.data.role === role).sort((a, b) => a.data.order - b.data.order)[0];
      return first ? [first] : [];
    });
    footers.set(directory, found);
  }
  return found;
}

/** The pages of the Leichte Sprache section, in their order; the first is its start page. */
export function easyLanguagePages(directory: Directory): DirectoryEntry<'pages'>[] {
  return entriesOf(directory, 'pages')
    .filter((page) => page.data.role === 'easy-language')
    .sort((a, b) => a.data.order - b.data.order);
}

/**
 * Entries that exist in German only by nature: the Leichte Sprache pages are Easy German.
 * Other languages show them in German with a note saying why, and editors do not see them as
 * missing translations.
 */
export function isGermanOnly(entry: { collection: string; data: unknown }): boolean {
  return entry.collection === 'pages' && (entry.data as { role?: string }).role === 'easy-language';
}
