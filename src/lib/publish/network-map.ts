import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { cooperationLevels, partnersOfHub, type CooperationLevel } from './cooperation.ts';
import { participantsOf } from './network-overlap.ts';

/**
 * Layout of the network map (Netzwerkkarte), computed at build time so the page ships a plain
 * SVG and no layout library. Pure geometry: the template draws what this returns.
 */

/** Colours for provider types, in vocabulary order; chosen for 3:1 contrast against white. */
export const typePalette = ['#1f5fa8', '#b0410f', '#2e7d32', '#7b3fa0', '#8a6d00', '#c2185b', '#00796b', '#5d4037'];

/** A circle on the map. */
export interface MapNode {
  id: string;
  x: number;
  y: number;
  r: number;
  /** Provider type id (colour), empty for the hub. */
  type: string;
  colour: string;
  /** Ring: a cooperation level, or "hub". */
  level: CooperationLevel | 'hub';
  entry: DirectoryEntry;
}

/** A ring of the partner map with its radius. */
export interface MapRing {
  level: CooperationLevel;
  radius: number;
}

function colourOf(directory: Directory, type: string): string {
  const index = (directory.vocabularies['provider-types'] ?? []).findIndex((term) => term.id === type);
  return typePalette[(index < 0 ? typePalette.length - 1 : index) % typePalette.length] ?? '#555555';
}

/** Provider types used on the map, for the legend. */
export function legendOf(nodes: MapNode[]): { type: string; colour: string }[] {
  const seen = new Map<string, string>();
  for (const node of nodes) if (node.type && !seen.has(node.type)) seen.set(node.type, node.colour);
  return [...seen].map(([type, colour]) => ({ type, colour }));
}

/**
 * The partner map: the hub in the centre, every other actor on the ring of its cooperation level
 * (5 closest, then 4 … 0, "no agreement" outermost), spread evenly around its ring, each ring
 * turned a little so labels of neighbouring rings do not line up.
 */
export function partnerMap(directory: Directory, size = 640): { nodes: MapNode[]; rings: MapRing[]; size: number } {
  const hub = directory.byId.get(directory.site.hub);
  const centre = size / 2;
  const partners = partnersOfHub(directory);
  const used = cooperationLevels.filter((level) => partners.some((partner) => partner.level === level));
  const step = (centre - 40) / Math.max(used.length, 1);
  const rings = used.map((level, index) => ({ level, radius: Math.round(step * (index + 1)) }));
  const nodes: MapNode[] = [];
  if (hub) nodes.push({ id: hub.id, x: centre, y: centre, r: 18, type: '', colour: '#222222', level: 'hub', entry: hub });
  rings.forEach((ring, ringIndex) => {
    const onRing = partners.filter((partner) => partner.level === ring.level);
    onRing.forEach((partner, index) => {
      const angle = (2 * Math.PI * index) / onRing.length - Math.PI / 2 + ringIndex * 0.45;
      const type = String((partner.entry.data as { providerType?: string }).providerType ?? '');
      nodes.push({
        id: partner.entry.id,
        x: Math.round(centre + ring.radius * Math.cos(angle)),
        y: Math.round(centre + ring.radius * Math.sin(angle)),
        r: 9,
        type,
        colour: colourOf(directory, type),
        level: ring.level,
        entry: partner.entry,
      });
    });
  });
  return { nodes, rings, size };
}

/** One network drawn as a star: the network in the middle, lead and members around it. */
export interface NetworkStar {
  network: DirectoryEntry<'networks'>;
  size: number;
  members: (MapNode & { lead: boolean })[];
}

/** A small star diagram per network (lead drawn larger), for the network view. */
export function networkStars(directory: Directory, size = 260): NetworkStar[] {
  return entriesOf(directory, 'networks').map((network) => {
    const centre = size / 2;
    const ids = participantsOf(network).filter((id) => directory.byId.has(id));
    const radius = centre - 34;
    const members = ids.map((id, index) => {
      const entry = directory.byId.get(id) as DirectoryEntry;
      const angle = (2 * Math.PI * index) / ids.length - Math.PI / 2;
      const type = String((entry.data as { providerType?: string }).providerType ?? '');
      const lead = network.data.lead.includes(id);
      return {
        id,
        x: Math.round(centre + radius * Math.cos(angle)),
        y: Math.round(centre + radius * Math.sin(angle)),
        r: lead ? 11 : 7,
        type,
        colour: colourOf(directory, type),
        level: 'none' as const,
        entry,
        lead,
      };
    });
    return { network, size, members };
  });
}
