import type { Directory, DirectoryEntry } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';

/** A document as the pages list it: newest version first. */
function newestFirst(a: DirectoryEntry<'documents'>, b: DirectoryEntry<'documents'>): number {
  return b.data.issued.localeCompare(a.data.issued) || a.data.title.localeCompare(b.data.title, 'de');
}

/**
 * The documents an entry's page lists: those that belong to it (`relatedTo`: a network's rules of
 * procedure, the public version of an agreement) and those it issued. Newest first.
 */
export function documentsOf(directory: Directory, id: string): DirectoryEntry<'documents'>[] {
  return entriesOf(directory, 'documents')
    .filter((document) => document.data.issuer === id || document.data.relatedTo.includes(id))
    .sort(newestFirst);
}

/** One section of the documents page: a kind and its documents, newest first. */
interface DocumentGroup {
  kind: string;
  documents: DirectoryEntry<'documents'>[];
}

/** The documents grouped by kind, in the order of the `document-kinds` vocabulary. */
export function documentsByKind(directory: Directory): DocumentGroup[] {
  const documents = entriesOf(directory, 'documents');
  const order = (directory.vocabularies['document-kinds'] ?? []).map((term) => term.id);
  return order
    .map((kind) => ({ kind, documents: documents.filter((document) => document.data.kind === kind).sort(newestFirst) }))
    .filter((group) => group.documents.length > 0);
}

/** Whether a document's own validity has ended (it says "gültig bis" a past date). */
export function hasExpired(document: DirectoryEntry<'documents'>, today: string): boolean {
  return document.data.validUntil !== undefined && document.data.validUntil < today;
}
