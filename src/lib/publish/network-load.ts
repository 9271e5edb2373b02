import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { meetingsPerYear, participantsOf } from './network-overlap.ts';

/**
 * The meeting load of each organisation: in how many active networks it sits, in which role,
 * and how many sessions a year that makes. The documented pain is "Netzwerk-Müdigkeit": five
 * network meetings in four weeks with the same people (002:L814–820); the immigration office in
 * particular feels drawn into too many rounds (see requirements A3).
 */

interface NetworkRole {
  network: DirectoryEntry<'networks'>;
  role: 'lead' | 'member';
  sessionsPerYear: number;
}

interface ActorLoad {
  entry: DirectoryEntry;
  /** Active networks it leads or belongs to, most sessions first. */
  networks: NetworkRole[];
  /** Networks it leads (alone or as a tandem). */
  leads: number;
  sessionsPerYear: number;
}

/** Every organisation or association in at least one active network, the busiest first. */
export function networkLoad(directory: Directory): ActorLoad[] {
  const networks = entriesOf(directory, 'networks').filter((network) => network.data.status === 'active');
  const roles = new Map<string, NetworkRole[]>();
  for (const network of networks) {
    const sessions = meetingsPerYear(directory, network);
    for (const id of participantsOf(network)) {
      const list = roles.get(id) ?? [];
      list.push({ network, role: network.data.lead.includes(id) ? 'lead' : 'member', sessionsPerYear: sessions });
      roles.set(id, list);
    }
  }
  const title = (entry: DirectoryEntry) => String(entry.data.title);
  return [...roles]
    .flatMap(([id, list]): ActorLoad[] => {
      const entry = directory.byId.get(id);
      if (!entry) return [];
      const sorted = [...list].sort(
        (a, b) => b.sessionsPerYear - a.sessionsPerYear || title(a.network).localeCompare(title(b.network), 'de'),
      );
      return [
        {
          entry,
          networks: sorted,
          leads: list.filter((role) => role.role === 'lead').length,
          sessionsPerYear: list.reduce((sum, role) => sum + role.sessionsPerYear, 0),
        },
      ];
    })
    .sort(
      (a, b) =>
        b.sessionsPerYear - a.sessionsPerYear ||
        b.networks.length - a.networks.length ||
        title(a.entry).localeCompare(title(b.entry), 'de'),
    );
}
