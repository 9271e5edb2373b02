import type { CollectionName } from '../schema/names.ts';
import type { Directory, DirectoryEntry } from './content/directory.ts';

/**
 * Entries that point at an entry, grouped by what the link means: the responsibilities an
 * office handles, the offers and projects an organisation runs, the networks it is a member
 * of or leads, what it is a partner in, and the journeys that send people there.
 */
export type RelationKind = 'handles' | 'offers' | 'memberOf' | 'leads' | 'partnerIn' | 'journeys' | 'mentionedIn';

/** Order in which the groups appear on the page. */
export const relationOrder: readonly RelationKind[] = ['handles', 'offers', 'memberOf', 'leads', 'partnerIn', 'journeys', 'mentionedIn'];

const kindByField: Partial<Record<CollectionName, Record<string, RelationKind>>> = {
  responsibilities: { office: 'handles' },
  services: { provider: 'offers' },
  interpreting: { provider: 'offers' },
  projects: { operator: 'offers', partners: 'partnerIn' },
  networks: { members: 'memberOf', lead: 'leads' },
  agreements: { partners: 'partnerIn', lead: 'leads' },
};

/** What a backlink from `collection` through `field` means. */
export function relationKind(collection: CollectionName, field: string): RelationKind {
  if (collection === 'journeys') return 'journeys';
  return kindByField[collection]?.[field] ?? 'mentionedIn';
}

/** Entries linking to `id`, grouped by meaning; each entry once per group. */
export function relatedGroups(directory: Directory, id: string): { kind: RelationKind; entries: DirectoryEntry[] }[] {
  const groups = new Map<RelationKind, DirectoryEntry[]>();
  for (const link of directory.backlinks.get(id) ?? []) {
    // Documents have a section of their own with the download (src/lib/documents.ts).
    if (link.from.collection === 'documents') continue;
    const kind = relationKind(link.from.collection, link.field);
    const list = groups.get(kind) ?? [];
    if (!list.includes(link.from)) list.push(link.from);
    groups.set(kind, list);
  }
  // An entry already shown under a specific meaning need not appear again as "mentioned in".
  const specific = new Set([...groups].filter(([kind]) => kind !== 'mentionedIn').flatMap(([, list]) => list));
  const mentioned = groups.get('mentionedIn')?.filter((entry) => !specific.has(entry));
  if (mentioned) groups.set('mentionedIn', mentioned);
  return relationOrder.flatMap((kind) => {
    const entries = groups.get(kind) ?? [];
    return entries.length > 0 ? [{ kind, entries }] : [];
  });
}

/**
 * How closely an organisation or association works with the immigration office: the highest
 * level among its agreements in force (or being negotiated, when there is none in force).
 */
export function cooperationWithHub(
  directory: Directory,
  id: string,
): { level: number; agreement: DirectoryEntry<'agreements'> } | undefined {
  if (id === directory.site.hub) return undefined;
  const agreements = directory.entries.filter(
    (entry): entry is DirectoryEntry<'agreements'> =>
      entry.collection === 'agreements' && (entry.data as { partners: string[] }).partners.includes(id),
  );
  const rank = (entry: DirectoryEntry<'agreements'>) =>
    (entry.data.status === 'active' ? 10 : entry.data.status === 'negotiating' ? 0 : -100) + entry.data.level;
  const best = agreements
    .filter((entry) => entry.data.status === 'active' || entry.data.status === 'negotiating')
    .sort((a, b) => rank(b) - rank(a))[0];
  return best ? { level: best.data.level, agreement: best } : undefined;
}
