import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOf, type Directory } from '../../../src/lib/content/directory.ts';
import { partnersByLevel, partnersOfHub } from '../../../src/lib/publish/cooperation.ts';
import { documentVersion } from '../../../src/lib/publish/document-version.ts';
import { fingerprint } from '../../../src/lib/hash.ts';
import { networkOverlap, participantsOf } from '../../../src/lib/publish/network-overlap.ts';
import { partnerMap } from '../../../src/lib/publish/network-map.ts';
import { groupByTopic, paperEntries } from '../../../src/lib/publish/papers.ts';
import { publisherDirectory } from '../../support/publisher-fixture.ts';

let directory: Directory;
beforeAll(async () => {
  directory = await publisherDirectory('public');
});

describe('cooperation levels', () => {
  it('give every actor except the hub its highest current level, or none', () => {
    const levels = Object.fromEntries(partnersOfHub(directory).map((partner) => [partner.entry.id, partner.level]));
    expect(levels).toMatchObject({
      'awo-musterstadt': '5',
      'jobcenter-musterstadt': '4',
      'vhs-musterstadt': '2',
      'caritas-musterstadt': '1',
      'verein-bruecke': '0',
      'ihk-musterstadt': 'none',
    });
    expect(levels).not.toHaveProperty(directory.site.hub);
  });

  it('list the levels from 5 down to "none", each partner once', () => {
    const byLevel = partnersByLevel(directory);
    expect(byLevel.map((group) => group.level)).toEqual(['5', '4', '3', '2', '1', '0', 'none']);
    expect(byLevel.flatMap((group) => group.partners).length).toBe(partnersOfHub(directory).length);
  });
});

describe('the partner map layout', () => {
  it('puts the hub in the centre and closer partners on inner rings', () => {
    const { nodes, size } = partnerMap(directory);
    const distance = (id: string) => {
      const node = nodes.find((candidate) => candidate.id === id);
      return Math.hypot((node?.x ?? 0) - size / 2, (node?.y ?? 0) - size / 2);
    };
    expect(distance(directory.site.hub)).toBe(0);
    expect(distance('awo-musterstadt')).toBeLessThan(distance('jobcenter-musterstadt'));
    expect(distance('verein-bruecke')).toBeLessThan(distance('ihk-musterstadt'));
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
    const edited = entries.map((entry, index) => (index === 0 ? { ...entry, data: { ...entry.data, summary: 'geändert' } } : entry));
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
