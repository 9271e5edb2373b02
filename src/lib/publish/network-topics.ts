import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';

/**
 * Topics × networks: "is there already a network for this?" Before founding a new round, the
 * sources advise docking onto an existing one and avoiding an "unüberschaubare
 * Netzwerkstruktur" (002:L814; toolkit: "Liste möglicher Partner und Themenbereiche",
 * 003:L758–761). Dissolved networks are left out; dormant ones stay, marked by the page.
 */
interface TopicMatrix {
  /** Networks as columns, active before dormant, each group by title. */
  networks: DirectoryEntry<'networks'>[];
  /** Topics in vocabulary order, each with the ids of the networks working on it. */
  topics: { topic: string; networks: Set<string>; active: number }[];
}

export function topicMatrix(directory: Directory): TopicMatrix {
  const networks = entriesOf(directory, 'networks')
    .filter((network) => network.data.status !== 'dissolved')
    .sort((a, b) => Number(a.data.status !== 'active') - Number(b.data.status !== 'active'));
  const topics = (directory.vocabularies['topics'] ?? []).map((term) => {
    const covering = networks.filter((network) => network.data.topics.includes(term.id));
    return {
      topic: term.id,
      networks: new Set(covering.map((network) => network.id)),
      active: covering.filter((network) => network.data.status === 'active').length,
    };
  });
  return { networks, topics };
}
