import type { DirectoryEntry } from '../content/directory.ts';
import { fingerprintText, stableStringify } from '../hash.ts';

/** What a printed document says about its currency. */
export interface DocumentVersion {
  /** "Stand": the most recent review date of the entries in the document (YYYY-MM-DD). */
  stand: string;
  /** Fingerprint of everything printed (German data and translations). */
  fingerprint: string;
  /** Human-readable version, e.g. "2026.09.10-3fa9c1": the same content always gives the same version. */
  version: string;
}

/** Versions worked out in this build, by document date and entry ids (see documentVersion). */
const versions = new Map<string, { entries: DirectoryEntry[]; version: DocumentVersion }>();

/**
 * Version of a generated document, derived from its content only: the "Stand" date is the last
 * time somebody confirmed one of its entries, and the fingerprint changes with any edit, so two
 * downloads with the same version are the same document. The build date plays no part, so a
 * rebuild without edits does not produce a "new" paper.
 */
export function documentVersion(entries: DirectoryEntry[], fallbackDate: string): DocumentVersion {
  // A paper's web page and print page ask for its version in every language, with the same
  // entries: the fingerprint of all their text (megabytes at 2,000 entries) is taken once.
  const key = `${fallbackDate}\u0000${entries.map((entry) => entry.id).join('\u0000')}`;
  const known = versions.get(key);
  if (known && known.entries.every((entry, index) => entry === entries[index])) return known.version;
  const version = versionOf(entries, fallbackDate);
  versions.set(key, { entries: [...entries], version });
  return version;
}

function versionOf(entries: DirectoryEntry[], fallbackDate: string): DocumentVersion {
  const stand = entries.reduce((latest, entry) => {
    const { reviewed } = entry.data;
    return reviewed > latest ? reviewed : latest;
  }, '');
  // The fingerprint of the list [[id, data, translations], …], from each entry's text.
  const print = fingerprintText(`[${entries.map(printedText).join(',')}]`);
  const date = stand || fallbackDate;
  return { stand: date, fingerprint: print, version: `${date.replaceAll('-', '.')}-${print.slice(0, 6)}` };
}

// Every paper and brochure, in every language and as web and print page, versions the same
// entries: each entry's text is made once per build.
const printedTexts = new WeakMap<DirectoryEntry, string>();

function printedText(entry: DirectoryEntry): string {
  let text = printedTexts.get(entry);
  if (text === undefined) printedTexts.set(entry, (text = stableStringify([entry.id, entry.data, entry.translations])));
  return text;
}
