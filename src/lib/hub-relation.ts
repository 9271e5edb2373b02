import { actorCollections } from '#src/schema/shared/actor.ts';
import { declaredHubRelations, type DeclaredHubRelation } from '#src/schema/shared/cooperation.ts';
import { isInForce } from './agreements.ts';
import type { Directory, DirectoryEntry } from './content/directory.ts';
import { entriesOf } from './content/directory.ts';

/**
 * How each organisation or association stands to the immigration office (the hub): the one rule
 * behind the cooperation view, the network map, the search facet, the entry pages and the
 * exports, so none of them can disagree.
 *
 * - The hub itself is the centre.
 * - An agreement with the hub as a party that binds today (in force or resting, see
 *   `isInForce`) gives the level: the highest such level, 5 to 1 (Erlangen, 000:L186–194). An
 *   actor with such an agreement is a partner; an office of the same administration stays an
 *   "own office" and carries the level too.
 * - Without one, the relation the entry declares: own office, participant without agreement
 *   (000:L167–173), outside the municipality's reach (000:L175–182), or, when nothing is
 *   declared, referral on request only (000:L40–42).
 *
 * Agreements under negotiation give no level; they are listed so pages can say so.
 */

export type CooperationLevel = 1 | 2 | 3 | 4 | 5;

type HubRelationKind = 'hub' | 'partner' | DeclaredHubRelation;

export interface HubRelation {
  kind: HubRelationKind;
  /** Highest level of the binding agreements with the hub; only for partners and own offices. */
  level?: CooperationLevel;
  /** Binding agreements with the hub, highest level first. */
  agreements: DirectoryEntry<'agreements'>[];
  /** True when every agreement at `level` is suspended: the cooperation rests for now. */
  resting: boolean;
  /** Agreements with the hub under negotiation. */
  negotiating: DirectoryEntry<'agreements'>[];
}

/**
 * Where an actor is filed: under its level when an agreement gives one, otherwise under its
 * relation. Ids of the `cooperation-levels` vocabulary, in the order pages list them.
 */
const hubStandings = ['5', '4', '3', '2', '1', ...declaredHubRelations] as const;
type HubStanding = (typeof hubStandings)[number];

type Actor = DirectoryEntry<'organisations'> | DirectoryEntry<'associations'>;

/** True for entries that can stand in a relation to the hub (organisations and associations). */
export function isActor(entry: DirectoryEntry): entry is Actor {
  return (actorCollections as readonly string[]).includes(entry.collection);
}

const cache = new WeakMap<Directory, Map<string, HubRelation>>();

/** The relation of every actor to the hub, by id; computed once per directory. */
export function hubRelations(directory: Directory): Map<string, HubRelation> {
  const cached = cache.get(directory);
  if (cached) return cached;
  const hub = directory.site.hub;
  const withHub = entriesOf(directory, 'agreements').filter((agreement) => agreement.data.parties.includes(hub));
  const binding = withHub
    .filter((agreement) => isInForce(agreement, directory.today))
    .sort((a, b) => (b.data.level ?? 0) - (a.data.level ?? 0));
  const negotiating = withHub.filter((agreement) => agreement.data.status === 'negotiating');
  const relations = new Map<string, HubRelation>();
  for (const entry of directory.entries) {
    if (!isActor(entry)) continue;
    relations.set(entry.id, relationOf(entry, hub, binding, negotiating));
  }
  cache.set(directory, relations);
  return relations;
}

function relationOf(
  entry: Actor,
  hub: string,
  binding: DirectoryEntry<'agreements'>[],
  negotiating: DirectoryEntry<'agreements'>[],
): HubRelation {
  if (entry.id === hub) return { kind: 'hub', agreements: [], resting: false, negotiating: [] };
  const own = binding.filter((agreement) => agreement.data.parties.includes(entry.id));
  const talks = negotiating.filter((agreement) => agreement.data.parties.includes(entry.id));
  const declared = entry.data.hubRelation;
  const top = own[0]?.data.level;
  if (top === undefined) return { kind: declared ?? 'on-request', agreements: [], resting: false, negotiating: talks };
  const atTop = own.filter((agreement) => agreement.data.level === top);
  return {
    kind: declared === 'own-office' ? 'own-office' : 'partner',
    level: top as CooperationLevel,
    agreements: own,
    resting: atTop.every((agreement) => agreement.data.status === 'suspended'),
    negotiating: talks,
  };
}

/** The relation of one organisation or association to the hub; undefined for other entries. */
export function hubRelation(directory: Directory, entry: DirectoryEntry): HubRelation | undefined {
  return isActor(entry) ? hubRelations(directory).get(entry.id) : undefined;
}

/** Where an actor is filed (its level, or its relation); undefined for the hub. */
export function hubStanding(relation: HubRelation): HubStanding | undefined {
  if (relation.level !== undefined) return String(relation.level) as HubStanding;
  return relation.kind === 'hub' || relation.kind === 'partner' ? undefined : relation.kind;
}

/**
 * Values of the search facet "cooperation": the standing, and for an own office that has a level
 * also "own-office", so a filter for own offices finds all of them.
 */
export function hubFacetValues(relation: HubRelation): HubStanding[] {
  const standing = hubStanding(relation);
  if (!standing) return [];
  return relation.kind === 'own-office' && standing !== 'own-office' ? [standing, 'own-office'] : [standing];
}

/**
 * Values of the search facet "cooperation with the immigration office" for any entry: an
 * organisation's standing (see `hubFacetValues`), an agreement's level while it binds the office,
 * nothing for other entries (an agreement between providers is no cooperation with the office).
 */
export function cooperationFacet(directory: Directory, entry: DirectoryEntry): HubStanding[] {
  if (entry.collection === 'agreements') {
    const { level, parties } = entry.data;
    return level !== undefined && parties.includes(directory.site.hub) && isInForce(entry, directory.today)
      ? [String(level) as HubStanding]
      : [];
  }
  const relation = hubRelation(directory, entry);
  return relation ? hubFacetValues(relation) : [];
}

/** Every actor except the hub, grouped by standing in the order of `hubStandings` (empty groups included). */
export function actorsByStanding(directory: Directory): { standing: HubStanding; actors: { entry: Actor; relation: HubRelation }[] }[] {
  const relations = hubRelations(directory);
  const actors = directory.entries.filter(isActor).flatMap((entry) => {
    const relation = relations.get(entry.id);
    return relation && relation.kind !== 'hub' ? [{ entry, relation }] : [];
  });
  return hubStandings.map((standing) => ({
    standing,
    actors: actors.filter(({ relation }) => hubStanding(relation) === standing),
  }));
}
