import { actorCollections } from '../../schema/shared/actor.ts';
import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';

/** Cooperation levels from closest (5) to first talks (0), then partners without agreement. */
export const cooperationLevels = ['5', '4', '3', '2', '1', '0', 'none'] as const;
export type CooperationLevel = (typeof cooperationLevels)[number];

/** A partner of the hub with its highest current level and the agreements behind it. */
export interface Partner {
  entry: DirectoryEntry;
  level: CooperationLevel;
  agreements: DirectoryEntry<'agreements'>[];
}

/** Agreements that count for the level: ended agreements no longer bind anyone. */
function isCurrent(agreement: DirectoryEntry<'agreements'>): boolean {
  return agreement.data.status !== 'ended';
}

/**
 * Every actor (organisation or association) except the hub, with its cooperation level with the
 * hub: the highest level of its current agreements, or "none". Computed from the agreements only,
 * never stored on the actor, so the map and the cooperation view cannot disagree.
 */
export function partnersOfHub(directory: Directory): Partner[] {
  const hub = directory.site.hub;
  const agreements = entriesOf(directory, 'agreements').filter(isCurrent);
  return actorCollections
    .flatMap((collection) => entriesOf(directory, collection) as DirectoryEntry[])
    .filter((entry) => entry.id !== hub)
    .map((entry): Partner => {
      const own = agreements.filter((agreement) => agreement.data.partners.includes(entry.id));
      const best = own.reduce<number>((max, agreement) => Math.max(max, agreement.data.level), -1);
      return { entry, level: best < 0 ? 'none' : (String(best) as CooperationLevel), agreements: own };
    });
}

/** Partners grouped by level, in the order of `cooperationLevels` (empty levels included). */
export function partnersByLevel(directory: Directory): { level: CooperationLevel; partners: Partner[] }[] {
  const partners = partnersOfHub(directory);
  return cooperationLevels.map((level) => ({ level, partners: partners.filter((partner) => partner.level === level) }));
}
