import { isInForce } from '../agreements.ts';
import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import type { CooperationLevel } from '../hub-relation.ts';

/**
 * The agreements of the cooperation view. Each agreement appears once, under its own level, so
 * a level-3 agreement of a partner that also has a level-4 one stays at level 3; how each actor
 * stands to the immigration office as a whole comes from `actorsByStanding` (hub-relation.ts).
 */

type Agreement = DirectoryEntry<'agreements'>;

/** Levels from the closest (5) to referral only (1). */
const levelsClosestFirst: readonly CooperationLevel[] = [5, 4, 3, 2, 1];

interface CooperationAgreements {
  /** Binding agreements with the immigration office, by their own level (empty levels included). */
  byLevel: { level: CooperationLevel; agreements: Agreement[] }[];
  /** Agreements with the immigration office under negotiation. */
  negotiating: Agreement[];
  /** Agreements in force between other partners, without the immigration office. */
  betweenPartners: Agreement[];
}

/** The agreements of the cooperation view, as of the directory's day. */
export function cooperationAgreements(directory: Directory): CooperationAgreements {
  const hub = directory.site.hub;
  const agreements = entriesOf(directory, 'agreements');
  const withHub = agreements.filter((agreement) => agreement.data.parties.includes(hub));
  const binding = withHub.filter((agreement) => isInForce(agreement, directory.today));
  return {
    byLevel: levelsClosestFirst.map((level) => ({ level, agreements: binding.filter((agreement) => agreement.data.level === level) })),
    negotiating: withHub.filter((agreement) => agreement.data.status === 'negotiating'),
    betweenPartners: agreements.filter((agreement) => !agreement.data.parties.includes(hub) && agreement.data.status !== 'ended'),
  };
}
