import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { addDays } from '../dates.ts';

/** Everyone taking part in a network: its lead and its members. */
export function participantsOf(network: DirectoryEntry<'networks'>): string[] {
  return [...new Set([...network.data.lead, ...network.data.members])];
}

/**
 * Sessions per year of a network: as many as its rhythm says (the frequency term's `perYear`),
 * or more when more meetings are listed for the twelve months from today (a network meeting "as
 * needed" that has set its dates). Dormant and dissolved networks do not meet. This is the one
 * rule behind the meeting load ("Netzwerk-Müdigkeit", 002:L820) and the overlap table.
 */
export function meetingsPerYear(directory: Directory, network: DirectoryEntry<'networks'>): number {
  if (network.data.status !== 'active') return 0;
  const term = directory.vocabularies['frequencies']?.find((candidate) => candidate.id === network.data.frequency) as
    { perYear?: number } | undefined;
  const yearAhead = addDays(directory.today, 365);
  const listed = network.data.meetings.filter((meeting) => {
    const day = meeting.start.slice(0, 10);
    return day >= directory.today && day < yearAhead;
  }).length;
  return Math.max(term?.perYear ?? 0, listed);
}

/** Two networks and what they have in common. */
interface NetworkPair {
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
