import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf } from '../content/directory.ts';
import { estimateTextWidth, type Box } from './label-placement.ts';
import type { LabelText } from './network-map.ts';

/**
 * The steering structure (Kommunikations- und Steuerungsstruktur, like Rheine's, 002:L803–805):
 * which network mandates which working group and which one reports to which, drawn as an
 * indented tree at build time. Working groups get their mandates from a steering body and feed
 * their results into it (002:L697, L706, L727); linking networks is hard, and structures are
 * often loose (002:L810), so the page shows both the drawing and a table.
 */

type Network = DirectoryEntry<'networks'>;

/** The networks a network reports to: those it feeds into and the one that mandated it. */
export function reportsTo(network: Network): string[] {
  return [...new Set([...network.data.feedsInto, ...(network.data.mandatedBy ? [network.data.mandatedBy] : [])])];
}

interface SteeringBox {
  network: Network;
  depth: number;
  box: Box;
  /** Title lines and the type line, with their baselines. */
  lines: { text: string; y: number; kind: 'title' | 'type' }[];
  lang?: string | undefined;
  /** Further networks it reports to, besides the one it is drawn under. */
  alsoTo: string[];
}

interface SteeringEdge {
  from: string;
  to: string;
  /** SVG path from the child's side to the parent's bottom (arrow at the parent). */
  path: string;
  /** "reports": feeds its results into the parent; "mandated": only got its mandate from it. */
  kind: 'reports' | 'mandated';
}

interface SteeringStructure {
  viewBox: Box;
  boxes: SteeringBox[];
  edges: SteeringEdge[];
  /** Active or dormant networks linked to no other network. */
  unlinked: Network[];
}

const titleSize = 13;
const typeSize = 11;
const lineHeight = 17;
const indent = 26;
const maxTextWidth = 250;

/** Split a title into lines that fit `width` at `size` (words are never broken). */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const current = lines.at(-1);
    if (current !== undefined && estimateTextWidth(`${current} ${word}`, size, bold) <= width)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Lay out the steering structure: every network that reports to another or receives reports,
 * as a tree under the networks that report to nobody, one box per row, children indented.
 * A network reporting to several is drawn under the first and names the others.
 */
export function steeringStructure(
  directory: Directory,
  titleOf: (network: Network) => LabelText,
  typeOf: (network: Network) => string,
): SteeringStructure {
  const networks = entriesOf(directory, 'networks').filter((network) => network.data.status !== 'dissolved');
  const byId = new Map(networks.map((network) => [network.id, network]));
  const parentsOf = (network: Network) => reportsTo(network).filter((id) => byId.has(id) && id !== network.id);
  const children = new Map<string, Network[]>();
  for (const network of networks) {
    const parent = parentsOf(network)[0];
    if (parent) children.set(parent, [...(children.get(parent) ?? []), network]);
  }
  const title = (network: Network) => titleOf(network).text;
  const byTitle = (a: Network, b: Network) => title(a).localeCompare(title(b), 'de');
  const roots = networks.filter((network) => parentsOf(network).length === 0 && children.has(network.id)).sort(byTitle);
  const unlinked = networks.filter((network) => parentsOf(network).length === 0 && !children.has(network.id)).sort(byTitle);

  const boxes: SteeringBox[] = [];
  const seen = new Set<string>();
  let y = 0;
  const visit = (network: Network, depth: number) => {
    if (seen.has(network.id)) return;
    seen.add(network.id);
    const label = titleOf(network);
    // Titles are set in bold.
    const titleLines = wrapText(label.text, titleSize, maxTextWidth, true);
    const typeText = typeOf(network);
    const textWidth = Math.max(
      ...titleLines.map((line) => estimateTextWidth(line, titleSize, true)),
      estimateTextWidth(typeText, typeSize),
    );
    const height = (titleLines.length + 1) * lineHeight + 8;
    const x = depth * indent;
    const lines = [
      ...titleLines.map((text, index) => ({ text, y: y + 4 + (index + 1) * lineHeight - 4, kind: 'title' as const })),
      { text: typeText, y: y + 4 + (titleLines.length + 1) * lineHeight - 5, kind: 'type' as const },
    ];
    const parents = parentsOf(network);
    boxes.push({ network, depth, box: { x, y, w: textWidth + 16, h: height }, lines, lang: label.lang, alsoTo: parents.slice(1) });
    y += height + 10;
    for (const child of [...(children.get(network.id) ?? [])].sort(byTitle)) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);

  const boxOf = new Map(boxes.map((entry) => [entry.network.id, entry]));
  const edges: SteeringEdge[] = boxes.flatMap((child): SteeringEdge[] => {
    const parentId = parentsOf(child.network)[0];
    const parent = parentId ? boxOf.get(parentId) : undefined;
    if (!parent) return [];
    const spine = parent.box.x + indent / 2;
    const middle = child.box.y + Math.min(child.box.h / 2, lineHeight);
    const reports = child.network.data.feedsInto.includes(parent.network.id);
    return [
      {
        from: child.network.id,
        to: parent.network.id,
        path: `M${child.box.x} ${middle} H${spine} V${parent.box.y + parent.box.h}`,
        kind: reports ? 'reports' : 'mandated',
      },
    ];
  });
  const right = Math.max(0, ...boxes.map((entry) => entry.box.x + entry.box.w));
  const bottom = Math.max(0, ...boxes.map((entry) => entry.box.y + entry.box.h));
  return { viewBox: { x: -4, y: -4, w: Math.ceil(right + 8), h: Math.ceil(bottom + 8) }, boxes, edges, unlinked };
}
