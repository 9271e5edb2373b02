import type { Directory, DirectoryEntry } from '../content/directory.ts';
import { entriesOf, localizedTitle } from '../content/directory.ts';
import type { Locale } from '#src/schema/index.ts';
import { hubRelations, isActor, type CooperationLevel, type HubRelation } from '../hub-relation.ts';
import { estimateTextWidth, placeLabels, unionBox, type Box, type LabelPlacement } from './label-placement.ts';
import { participantsOf } from './network-overlap.ts';
import { typeStyle, type TypeStyle } from './org-type-style.ts';

/**
 * Layouts of the network map (Netzwerkkarte, toolkit 003:L754–761), computed at build time so
 * the page ships plain SVG and no layout library. Pure geometry: the templates draw what these
 * functions return. Labels are placed so that none overlaps another label or a symbol, and the
 * view box is the box around everything drawn, so nothing is clipped.
 */

/** Font size of labels, in SVG user units. */
export const labelSize = 12;
const labelHeight = Math.round(labelSize * 1.3);
const symbolRadius = 8;
const hubRadius = 18;
const padding = 6;

/** The text of a label, and the language it is in when that differs from the page's. */
export interface LabelText {
  text: string;
  lang?: string | undefined;
}

/**
 * An organisation's name on a map: its short name as partners use it (German, "ABH"), otherwise
 * its title in the page's language.
 */
export function partnerName(entry: DirectoryEntry, locale: Locale): LabelText {
  const short = isActor(entry) ? entry.data.shortName : undefined;
  if (short) return { text: short, lang: locale === 'de' ? undefined : 'de' };
  return localizedTitle(entry, locale);
}

/** A symbol with its label. */
interface MapNode {
  id: string;
  x: number;
  y: number;
  r: number;
  style: TypeStyle;
  label: LabelText;
  placement: LabelPlacement;
  entry: DirectoryEntry;
}

/** A ring of the partner map: a cooperation level and its radius, its number drawn on the ring. */
interface MapRing {
  level: CooperationLevel;
  radius: number;
  /** Position of the ring's number. */
  labelX: number;
  labelY: number;
}

interface PartnerMap {
  /** SVG view box: the box around everything drawn. */
  viewBox: Box;
  centre: { x: number; y: number };
  hub?: MapNode;
  rings: MapRing[];
  partners: (MapNode & { level: CooperationLevel; relation: HubRelation })[];
}

const ringLevels: CooperationLevel[] = [5, 4, 3, 2, 1];

function providerType(entry: DirectoryEntry): string {
  return isActor(entry) ? entry.data.providerType : '';
}

/**
 * The partner map: the immigration office in the centre, every organisation whose agreement
 * with it gives a level on the ring of that level (5 closest). Organisations without such an
 * agreement are not on the scale (own offices, participants, referral on request, outside the
 * municipality's reach) and are listed beside the map, not drawn on a ring. Partners on a ring
 * are grouped by kind, then by name; each ring leaves a gap at the top for its number. When a
 * label finds no free place, the rings are spread further apart and everything is placed again.
 */
export function partnerMap(directory: Directory, labelOf: (entry: DirectoryEntry) => LabelText): PartnerMap {
  const relations = hubRelations(directory);
  const hubEntry = directory.byId.get(directory.site.hub);
  const partners = directory.entries.flatMap((entry) => {
    const relation = relations.get(entry.id);
    return relation?.level !== undefined
      ? [{ entry, relation, level: relation.level, style: typeStyle(directory, providerType(entry)) }]
      : [];
  });
  const order = (directory.vocabularies['provider-types'] ?? []).map((term) => term.id);
  const labels = new Map(partners.map(({ entry }) => [entry.id, labelOf(entry)]));
  partners.sort(
    (a, b) =>
      order.indexOf(a.style.type) - order.indexOf(b.style.type) ||
      (labels.get(a.entry.id)?.text ?? '').localeCompare(labels.get(b.entry.id)?.text ?? '', 'de'),
  );
  const hubLabel = hubEntry ? labelOf(hubEntry) : undefined;

  let last: PartnerMap | undefined;
  for (let spread = 1; spread <= 4; spread += 0.15) {
    const layout = layoutRings(partners, labels, hubEntry, hubLabel, spread);
    last = layout.map;
    if (layout.complete) return layout.map;
  }
  return last as PartnerMap;
}

function layoutRings(
  partners: { entry: DirectoryEntry; relation: HubRelation; level: CooperationLevel; style: TypeStyle }[],
  labels: Map<string, LabelText>,
  hubEntry: DirectoryEntry | undefined,
  hubLabel: LabelText | undefined,
  spread: number,
): { map: PartnerMap; complete: boolean } {
  const centre = { x: 0, y: 0 };
  const innerRadius = 62 * spread;
  const step = 58 * spread;
  const rings: MapRing[] = ringLevels.map((level, index) => {
    const radius = Math.round(innerRadius + index * step);
    return { level, radius, labelX: 0, labelY: -radius + labelSize * 0.35 };
  });
  const ringLabelBoxes: Box[] = rings.map((ring) => {
    const width = estimateTextWidth(String(ring.level), labelSize);
    return { x: ring.labelX - width / 2 - 2, y: ring.labelY - labelSize, w: width + 4, h: labelSize + 4 };
  });
  const placed = rings.flatMap((ring, ringIndex) => {
    const onRing = partners.filter((partner) => partner.level === ring.level);
    // A gap at the top of the ring holds its number; the others spread over the rest, each ring
    // turned a little so that neighbours on adjacent rings do not line up.
    const gap = Math.min(Math.PI / 2, (2 * (labelSize + symbolRadius)) / ring.radius);
    const span = 2 * Math.PI - gap;
    return onRing.map((partner, index) => {
      const angle = -Math.PI / 2 + gap / 2 + (span * (index + 0.5 + (ringIndex % 2) * 0.25)) / onRing.length;
      return {
        ...partner,
        x: Math.round(centre.x + ring.radius * Math.cos(angle)),
        y: Math.round(centre.y + ring.radius * Math.sin(angle)),
        angle,
      };
    });
  });
  const hubNode = hubEntry
    ? [{ x: centre.x, y: centre.y, r: hubRadius, width: estimateTextWidth(hubLabel?.text ?? '', labelSize, true), outward: Math.PI / 2 }]
    : [];
  const placements = placeLabels(
    [
      ...hubNode,
      ...placed.map((node) => ({
        x: node.x,
        y: node.y,
        r: symbolRadius,
        width: estimateTextWidth(labels.get(node.entry.id)?.text ?? '', labelSize),
        outward: node.angle,
      })),
    ],
    ringLabelBoxes,
    labelHeight,
  );
  const complete = placements.every(Boolean);
  const fallback = (x: number, y: number, r: number): LabelPlacement => ({
    box: { x: x + r, y, w: 1, h: 1 },
    x: x + r,
    y,
    anchor: 'start',
  });
  const hub: MapNode | undefined = hubEntry
    ? {
        id: hubEntry.id,
        x: centre.x,
        y: centre.y,
        r: hubRadius,
        style: { type: '', colour: '#131525', shape: 'circle' },
        label: hubLabel ?? { text: hubEntry.id },
        placement: placements[0] ?? fallback(0, 0, hubRadius),
        entry: hubEntry,
      }
    : undefined;
  const offset = hubNode.length;
  const nodes = placed.map((node, index) => ({
    id: node.entry.id,
    x: node.x,
    y: node.y,
    r: symbolRadius,
    style: node.style,
    label: labels.get(node.entry.id) ?? { text: node.entry.id },
    placement: placements[index + offset] ?? fallback(node.x, node.y, symbolRadius),
    entry: node.entry,
    level: node.level,
    relation: node.relation,
  }));
  const drawn: Box[] = [
    ...rings.map((ring) => ({ x: -ring.radius, y: -ring.radius, w: ring.radius * 2, h: ring.radius * 2 })),
    ...ringLabelBoxes,
    ...[...(hub ? [hub] : []), ...nodes].flatMap((node) => [
      { x: node.x - node.r, y: node.y - node.r, w: node.r * 2, h: node.r * 2 },
      node.placement.box,
    ]),
  ];
  const box = unionBox(drawn);
  const viewBox = {
    x: Math.floor(box.x - padding),
    y: Math.floor(box.y - padding),
    w: Math.ceil(box.w + 2 * padding),
    h: Math.ceil(box.h + 2 * padding),
  };
  return { map: { viewBox, centre, ...(hub ? { hub } : {}), rings, partners: nodes }, complete };
}

/** One network drawn as a fan: the network on the left, lead first, then members, each a row. */
interface NetworkFan {
  network: DirectoryEntry<'networks'>;
  viewBox: Box;
  /** The network's own symbol. */
  centre: { x: number; y: number };
  members: (MapNode & { lead: boolean })[];
}

const rowHeight = 22;

/**
 * A fan diagram per network: the network as a square on the left, a line to each participant in
 * a column on the right, the lead drawn larger with a thick line. One participant per row, its
 * label right of its symbol, so labels cannot collide and the diagram stays narrow enough for a
 * phone.
 */
export function networkFans(directory: Directory, labelOf: (entry: DirectoryEntry) => LabelText): NetworkFan[] {
  return entriesOf(directory, 'networks').map((network) => {
    const ids = participantsOf(network).filter((id) => directory.byId.has(id));
    const height = Math.max(ids.length, 1) * rowHeight;
    const centre = { x: 14, y: Math.round(height / 2) };
    const column = 80;
    const members = ids.map((id, index) => {
      const entry = directory.byId.get(id) as DirectoryEntry;
      const lead = network.data.lead.includes(id);
      const r = lead ? 9 : 7;
      const y = Math.round(index * rowHeight + rowHeight / 2);
      const label = labelOf(entry);
      // Leads are labelled in bold.
      const width = estimateTextWidth(label.text, labelSize, lead);
      const x = column;
      const placement: LabelPlacement = {
        box: { x: x + 9 + 4, y: y - labelHeight / 2, w: width, h: labelHeight },
        x: x + 9 + 4,
        y: Math.round(y + labelSize * 0.35),
        anchor: 'start',
      };
      return { id, x, y, r, style: typeStyle(directory, providerType(entry)), label, placement, entry, lead };
    });
    const box = unionBox([{ x: 0, y: centre.y - 12, w: 28, h: 24 }, ...members.flatMap((member) => [member.placement.box])]);
    const viewBox = {
      x: -padding,
      y: -padding,
      w: Math.ceil(box.x + box.w + 2 * padding),
      h: Math.ceil(Math.max(height, box.y + box.h) + 2 * padding),
    };
    return { network, viewBox, centre, members };
  });
}
