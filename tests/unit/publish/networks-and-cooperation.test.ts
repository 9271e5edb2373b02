import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOf, isEntryOf, titleById, type Directory, type DirectoryEntry } from '#src/lib/content/directory.ts';
import { actorsByStanding } from '#src/lib/hub-relation.ts';
import { documentVersion } from '#src/lib/publish/document-version.ts';
import { fingerprint } from '#src/lib/hash.ts';
import { boxesOverlap, estimateTextWidth } from '#src/lib/publish/label-placement.ts';
import { networkLoad } from '#src/lib/publish/network-load.ts';
import { meetingsPerYear, networkOverlap, participantsOf } from '#src/lib/publish/network-overlap.ts';
import { networkFans, partnerMap, partnerName } from '#src/lib/publish/network-map.ts';
import { topicMatrix } from '#src/lib/publish/network-topics.ts';
import { typePalette, typeShapes, typeStyle } from '#src/lib/publish/org-type-style.ts';
import { steeringStructure, wrapText } from '#src/lib/publish/steering-structure.ts';
import { groupByTopic, paperEntries } from '#src/lib/publish/papers.ts';
import { publisherDirectory } from '../../support/publisher-fixture.ts';

let directory: Directory;

/** WCAG contrast ratio of a colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}
beforeAll(async () => {
  directory = await publisherDirectory('public');
});

describe('cooperation levels', () => {
  it('give every actor except the hub its highest level from an agreement in force, or its relation', () => {
    const standings = Object.fromEntries(
      actorsByStanding(directory).flatMap((group) => group.actors.map(({ entry }) => [entry.id, group.standing])),
    );
    expect(standings).toMatchObject({
      'awo-musterstadt': '5',
      'jobcenter-musterstadt': '4',
      'vhs-musterstadt': '2',
      'caritas-musterstadt': '1',
      // Only under negotiation: no level yet.
      'verein-bruecke': 'on-request',
      'ihk-musterstadt': 'on-request',
    });
    expect(standings).not.toHaveProperty(directory.site.hub);
  });
});

describe('names on the maps', () => {
  it('use the short name partners know, in German, and otherwise the title in the page language', () => {
    const office = directory.byId.get('auslaenderbehoerde-musterstadt')!;
    expect(partnerName(office, 'de')).toEqual({ text: 'ABH', lang: undefined });
    expect(partnerName(office, 'ar')).toEqual({ text: 'ABH', lang: 'de' });
    expect(partnerName(directory.byId.get('caritas-musterstadt')!, 'de').text).toBe(directory.byId.get('caritas-musterstadt')!.data.title);
  });

  it('mark a title that falls back to German, and name an unknown id by itself', () => {
    expect(titleById(directory, 'auslaenderbehoerde-musterstadt', 'en')).toEqual({
      text: 'Immigration Office Musterstadt',
      lang: undefined,
    });
    // The fixture's networks are translated into English only, and only one of them.
    expect(titleById(directory, 'steuerungsgruppe-integration', 'en')).toEqual({ text: 'Integration steering group', lang: undefined });
    expect(titleById(directory, 'ag-sprache', 'en')).toEqual({ text: 'AG Sprache', lang: 'de' });
    expect(titleById(directory, 'no-such-entry', 'ar')).toEqual({ text: 'no-such-entry', lang: undefined });
  });
});

describe('the partner map layout', () => {
  const labelOf = (entry: DirectoryEntry) => partnerName(entry, 'de');

  it('puts the hub in the centre, closer partners on inner rings and organisations without a level beside the map', () => {
    const map = partnerMap(directory, labelOf);
    const distance = (id: string) => {
      const node = [map.hub!, ...map.partners].find((candidate) => candidate.id === id);
      return node ? Math.hypot(node.x - map.centre.x, node.y - map.centre.y) : undefined;
    };
    expect(distance(directory.site.hub)).toBe(0);
    expect(distance('awo-musterstadt')).toBeLessThan(distance('jobcenter-musterstadt')!);
    expect(distance('jobcenter-musterstadt')).toBeLessThan(distance('caritas-musterstadt')!);
    expect(distance('verein-bruecke')).toBeUndefined();
    expect(map.rings.map((ring) => ring.level)).toEqual([5, 4, 3, 2, 1]);
  });

  it('places every label clear of the other labels and symbols, inside the view box', () => {
    // Long names on one ring force the layout to spread until every label finds room.
    const crowded = partnerMap(directory, (entry) => ({ text: `${String(entry.data.title)} – Beratungsstelle und Anlaufstelle` }));
    for (const map of [partnerMap(directory, labelOf), crowded]) {
      const nodes = [map.hub!, ...map.partners];
      const labels = nodes.map((node) => node.placement.box);
      for (const [index, label] of labels.entries()) {
        for (const other of labels.slice(index + 1)) expect(boxesOverlap(label, other)).toBe(false);
        for (const node of nodes) {
          expect(boxesOverlap(label, { x: node.x - node.r, y: node.y - node.r, w: 2 * node.r, h: 2 * node.r })).toBe(false);
        }
        const box = map.viewBox;
        expect(label.x >= box.x && label.y >= box.y && label.x + label.w <= box.x + box.w && label.y + label.h <= box.y + box.h).toBe(true);
      }
    }
  });

  it('gives every kind of organisation its own colour and shape, with text contrast against white', () => {
    const styles = (directory.vocabularies['provider-types'] ?? []).map((term) => typeStyle(directory, term.id));
    expect(new Set(styles.map((style) => style.colour)).size).toBe(styles.length);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(styles.length);
    expect(typePalette.length).toBe(14);
    expect(new Set(typePalette).size).toBe(14);
    expect(new Set(typeShapes).size).toBe(14);
    for (const colour of typePalette) expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws each network as a fan with its lead first, one participant per row', () => {
    const fan = networkFans(directory, labelOf).find((candidate) => candidate.network.id === 'ag-sprache')!;
    expect(fan.members.map((member) => [member.id, member.lead])).toEqual([
      ['vhs-musterstadt', true],
      ['caritas-musterstadt', true],
      ['awo-musterstadt', false],
      ['jobcenter-musterstadt', false],
      ['verein-bruecke', false],
    ]);
    const boxes = fan.members.map((member) => member.placement.box);
    for (const [index, box] of boxes.entries()) for (const other of boxes.slice(index + 1)) expect(boxesOverlap(box, other)).toBe(false);
  });
});

describe('the network load', () => {
  it('adds up each organisation’s sessions a year over its active networks, the busiest first', () => {
    const load = networkLoad(directory);
    const of = (id: string) => load.find((row) => row.entry.id === id);
    // AWO: AG Sprache monthly (12) + Runder Tisch and Steuerungsgruppe quarterly (4 + 4).
    expect([of('awo-musterstadt')?.networks.length, of('awo-musterstadt')?.sessionsPerYear, of('awo-musterstadt')?.leads]).toEqual([
      3, 20, 0,
    ]);
    expect([of('caritas-musterstadt')?.sessionsPerYear, of('caritas-musterstadt')?.leads]).toEqual([20, 1]);
    expect(of('vhs-musterstadt')?.networks.map((role) => [role.network.id, role.role, role.sessionsPerYear])).toEqual([
      ['ag-sprache', 'lead', 12],
    ]);
    expect(load.map((row) => row.sessionsPerYear)).toEqual([...load.map((row) => row.sessionsPerYear)].sort((a, b) => b - a));
  });

  it('counts the meetings listed for the coming year when there are more than the rhythm says', () => {
    const network = entriesOf(directory, 'networks').find((candidate) => candidate.id === 'steuerungsgruppe-integration')!;
    const meetings = [
      '2026-12-01T10:00',
      '2027-01-12T10:00',
      '2027-02-09T10:00',
      '2027-03-09T10:00',
      '2027-04-13T10:00',
      '2028-01-01T10:00',
    ];
    const busy = { ...network, data: { ...network.data, meetings: meetings.map((start) => ({ start })) } };
    expect(meetingsPerYear(directory, network)).toBe(4);
    expect(meetingsPerYear(directory, busy)).toBe(5);
    expect(meetingsPerYear(directory, { ...network, data: { ...network.data, status: 'dormant' } })).toBe(0);
  });
});

describe('topics and networks', () => {
  it('marks the topics of each network and counts the active networks per topic', () => {
    const matrix = topicMatrix(directory);
    const row = (topic: string) => matrix.topics.find((item) => item.topic === topic);
    expect([...(row('sprache')?.networks ?? [])]).toEqual(['ag-sprache']);
    expect(row('beratung')?.active).toBe(2);
    expect(row('arbeit')?.active).toBe(0);
  });
});

describe('the steering structure', () => {
  it('draws the working group under the steering group it reports to, and keeps unlinked networks apart', () => {
    const structure = steeringStructure(
      directory,
      (network) => ({ text: String(network.data.title) }),
      () => 'Typ',
    );
    expect(structure.boxes.map((box) => [box.network.id, box.depth])).toEqual([
      ['steuerungsgruppe-integration', 0],
      ['ag-sprache', 1],
    ]);
    expect(structure.edges.map((edge) => [edge.from, edge.to, edge.kind])).toEqual([
      ['ag-sprache', 'steuerungsgruppe-integration', 'reports'],
    ]);
    expect(structure.unlinked.map((network) => network.id)).toEqual(['runder-tisch-ehrenamt']);
    const boxes = structure.boxes.map((box) => box.box);
    expect(boxesOverlap(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('wraps long titles into lines that fit', () => {
    const lines = wrapText('Netzwerk Anerkennung ausländischer Berufsabschlüsse und Fachkräftesicherung', 13, 250, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(250);
  });
});

describe('network overlap', () => {
  it('counts shared lead and members for each pair and adds up their meetings per year', () => {
    const pairs = networkOverlap(directory);
    const networks = entriesOf(directory, 'networks');
    expect(pairs.length).toBe((networks.length * (networks.length - 1)) / 2);
    const pair = pairs.find((candidate) => [candidate.a.id, candidate.b.id].sort().join() === 'ag-sprache,steuerungsgruppe-integration');
    expect(pair?.shared.sort()).toEqual(['awo-musterstadt', 'caritas-musterstadt', 'jobcenter-musterstadt']);
    expect(pair?.meetingsPerYear).toBe(12 + 4);
  });

  it('leaves out internal networks in the public edition', () => {
    expect(entriesOf(directory, 'networks').map((network) => network.id)).not.toContain('jour-fixe-fallklaerung');
    expect(participantsOf(entriesOf(directory, 'networks')[0]!).length).toBeGreaterThan(0);
  });
});

describe('document versions', () => {
  it('use the latest review date as "Stand" and change with any edit', async () => {
    const entries = paperEntries(directory, 'networks');
    const version = documentVersion(entries, directory.today);
    expect(version.stand).toBe('2026-09-01');
    expect(documentVersion(entries, '2030-01-01')).toEqual(version);
    const edited = entries.map((entry, index) =>
      index === 0 && isEntryOf(entry, 'networks') ? { ...entry, data: { ...entry.data, summary: 'geändert' } } : entry,
    );
    expect(documentVersion(edited, directory.today).version).not.toBe(version.version);
  });

  it('fingerprint everything printed, so a version means the same content from release to release', () => {
    const entries = paperEntries(directory, 'networks');
    const printed = entries.map((entry) => [entry.id, entry.data, entry.translations]);
    expect(documentVersion(entries, directory.today).fingerprint).toBe(fingerprint(printed));
    // Worked out again for the same entries (the same paper in another language), the same.
    expect(documentVersion(entries, directory.today).fingerprint).toBe(fingerprint(printed));
  });
});

describe('grouping by topic', () => {
  it('puts each entry under its first wanted topic and points to it from the others', () => {
    const entries = paperEntries(directory, 'associations');
    const { groups, others } = groupByTopic(entries, ['aufenthalt', 'arbeit', 'sprache', 'beratung']);
    expect(groups.flatMap((group) => group.items).length).toBe(entries.length);
    expect(groups.find((group) => group.topic === 'sprache')?.items.map((entry) => entry.id)).toContain('verein-bruecke');
    expect(others.get('beratung')?.map((entry) => entry.id)).toContain('verein-bruecke');
    const selected = groupByTopic(entries, ['aufenthalt', 'arbeit', 'sprache', 'beratung'], ['beratung']);
    expect(selected.groups.map((group) => group.topic)).toEqual(['beratung']);
    expect(selected.groups[0]?.items.map((entry) => entry.id).sort()).toEqual(['initiative-willkommen', 'verein-bruecke']);
  });
});
