import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';

/** Everyone taking part in a network: its lead and its members. */
export function participantsOf(network: DirectoryEntry<'networks'>): string[] {
  return [...new Set([...network.data.lead, ...network.data.members])];
}

/** Meetings per year of a network, from its frequency term (`perYear`); 0 when unknown. */
export function meetingsPerYear(directory: Directory, network: DirectoryEntry<'networks'>): number {
  const term = directory.vocabularies['frequencies']?.find((candidate) => candidate.id === network.data.frequency) as
    { perYear?: number } | undefined;
  return term?.perYear ?? 0;
}

/** Two networks and what they have in common. */
export interface NetworkPair {
  a: DirectoryEntry<'networks'>;
  b: DirectoryEntry<'networks'>;
  /** Ids of actors taking part in both. */
  shared: string[];
  /** Meetings per year somebody in both networks attends (the "five meetings in four weeks"). */
  meetingsPerYear: number;
}

/**
 * Every pair of active networks with their shared participants, most shared first. Dissolved
 * networks are left out: they no longer cost anybody an afternoon.
 */
export function networkOverlap(directory: Directory): NetworkPair[] {
  const networks = entriesOf(directory, 'networks').filter((network) => network.data.status !== 'dissolved');
  const pairs: NetworkPair[] = [];
  for (let i = 0; i < networks.length; i++) {
    for (let j = i + 1; j < networks.length; j++) {
      const a = networks[i] as DirectoryEntry<'networks'>;
      const b = networks[j] as DirectoryEntry<'networks'>;
      const inB = new Set(participantsOf(b));
      const shared = participantsOf(a).filter((id) => inB.has(id));
      pairs.push({ a, b, shared, meetingsPerYear: meetingsPerYear(directory, a) + meetingsPerYear(directory, b) });
    }
  }
  return pairs.sort((x, y) => y.shared.length - x.shared.length || y.meetingsPerYear - x.meetingsPerYear);
}
