import type { CollectionName } from '#src/schema/names.ts';
import type { Directory, DirectoryEntry } from './content/directory.ts';

/**
 * Entries that point at an entry, grouped by what the link means: the responsibilities an
 * office handles, the offers and projects an organisation runs, the networks it is a member
 * of or leads, the agreements it is a party to, what it is a partner in, and the journeys that
 * send people there.
 */
export type RelationKind = 'handles' | 'offers' | 'memberOf' | 'leads' | 'agreements' | 'partnerIn' | 'journeys' | 'mentionedIn';

/** Order in which the groups appear on the page. */
const relationOrder: readonly RelationKind[] = [
  'handles',
  'offers',
  'memberOf',
  'leads',
  'agreements',
  'partnerIn',
  'journeys',
  'mentionedIn',
];

const kindByField: Partial<Record<CollectionName, Record<string, RelationKind>>> = {
  responsibilities: { office: 'handles' },
  services: { provider: 'offers' },
  interpreting: { provider: 'offers' },
  projects: { operator: 'offers', partners: 'partnerIn' },
  networks: { members: 'memberOf', lead: 'leads' },
  agreements: { parties: 'agreements', lead: 'leads' },
};

/** What a backlink from `collection` through `field` means. */
function relationKind(collection: CollectionName, field: string): RelationKind {
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
  // An entry already shown under a specific meaning need not appear again as "mentioned in",
  // nor an agreement the entry is a party to again as one it leads.
  const specific = new Set([...groups].filter(([kind]) => kind !== 'mentionedIn').flatMap(([, list]) => list));
  const mentioned = groups.get('mentionedIn')?.filter((entry) => !specific.has(entry));
  if (mentioned) groups.set('mentionedIn', mentioned);
  const parties = new Set(groups.get('agreements') ?? []);
  const leads = groups.get('leads')?.filter((entry) => !parties.has(entry));
  if (leads) groups.set('leads', leads);
  return relationOrder.flatMap((kind) => {
    const entries = groups.get(kind) ?? [];
    return entries.length > 0 ? [{ kind, entries }] : [];
  });
}
