import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDirectory, type Directory } from '#src/lib/content/directory.ts';
import { validateContent, type ContentEntry } from '#src/lib/content/validate-content.ts';
import { actorsByStanding, cooperationFacet, hubFacetValues, hubRelation, hubStanding } from '#src/lib/hub-relation.ts';
import { cooperationAgreements } from '#src/lib/publish/cooperation.ts';
import { networkLoad } from '#src/lib/publish/network-load.ts';
import { buildSearchIndex } from '#src/lib/search/build-search-index.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collections, type CollectionName } from '#src/schema/index.ts';
import { organisation } from '../../support/content-fixture.ts';

// One rule for how an organisation stands to the immigration office (src/lib/hub-relation.ts):
// first on small hand-made directories, then on the demo content, where the cooperation page
// and the search facet used to disagree (JMD filed under level 4, Diakonie without a level).

const site = readSiteConfig();
const hub = site.hub;
const today = '2026-11-22';

function entry(collection: CollectionName, id: string, data: Record<string, unknown>): ContentEntry {
  return {
    collection,
    id,
    file: `content/${collection}/de/${id}.yaml`,
    data: collections[collection].schema.parse(data) as Record<string, unknown>,
  };
}

const actor = (id: string, extra: Record<string, unknown> = {}) => entry('organisations', id, organisation({ title: id, ...extra }));

const agreement = (id: string, parties: string[], extra: Record<string, unknown>) =>
  entry('agreements', id, {
    title: `Vereinbarung ${id}`,
    summary: 'Eine Vereinbarung.',
    topics: ['beratung'],
    reviewed: '2026-10-01',
    owner: 'Ausländerbehörde',
    type: 'kooperationsvereinbarung',
    parties,
    status: 'active',
    signedOn: '2024-01-01',
    plainSummary: 'Zusammenarbeit.',
    lead: parties[0],
    ...extra,
  });

function directoryOf(entries: ContentEntry[]): Directory {
  return buildDirectory({ site, entries, translations: [], vocabularies: {}, edition: 'public', today });
}

describe('the relation to the immigration office', () => {
  const directory = directoryOf([
    actor(hub),
    actor('beratung'),
    actor('ruhend'),
    actor('gespraeche'),
    actor('ehemals'),
    actor('abgelaufen'),
    actor('traeger-a'),
    actor('traeger-b'),
    actor('sozialamt', { hubRelation: 'own-office' }),
    actor('jugendamt', { hubRelation: 'own-office' }),
    actor('bamf', { hubRelation: 'outside' }),
    actor('firma', { hubRelation: 'participant' }),
    agreement('stufe-4', [hub, 'beratung'], { level: 4 }),
    agreement('stufe-3', [hub, 'beratung'], { level: 3 }),
    agreement('ruht', [hub, 'ruhend'], { level: 3, status: 'suspended' }),
    agreement('verhandlung', [hub, 'gespraeche'], { status: 'negotiating', signedOn: undefined }),
    agreement('beendet', [hub, 'ehemals'], { level: 5, status: 'ended', validUntil: '2025-06-30' }),
    agreement('vorbei', [hub, 'abgelaufen'], { level: 2, validUntil: '2026-11-21' }),
    agreement('unter-traegern', ['traeger-a', 'traeger-b'], { level: 3 }),
    agreement('amt', [hub, 'sozialamt'], { level: 4 }),
  ]);
  const relationOf = (id: string) => hubRelation(directory, directory.byId.get(id)!)!;

  it('gives a partner the highest level of its agreements in force, listing them highest first', () => {
    const relation = relationOf('beratung');
    expect([relation.kind, relation.level, relation.resting]).toEqual(['partner', 4, false]);
    expect(relation.agreements.map((item) => item.id)).toEqual(['stufe-4', 'stufe-3']);
  });

  it('keeps the level of a suspended agreement and says that it rests', () => {
    expect(relationOf('ruhend')).toMatchObject({ kind: 'partner', level: 3, resting: true });
  });

  it('gives no level for talks, ended agreements or agreements past their end date', () => {
    expect([relationOf('gespraeche').kind, relationOf('gespraeche').level]).toEqual(['on-request', undefined]);
    expect(relationOf('gespraeche').negotiating.map((item) => item.id)).toEqual(['verhandlung']);
    expect(relationOf('ehemals').level).toBeUndefined();
    expect(relationOf('abgelaufen').level).toBeUndefined();
  });

  it('ignores agreements the immigration office is not a party to', () => {
    expect([relationOf('traeger-a').kind, relationOf('traeger-a').level]).toEqual(['on-request', undefined]);
  });

  it('keeps an own office an own office, with the level of its agreement when it has one', () => {
    expect(relationOf('sozialamt')).toMatchObject({ kind: 'own-office', level: 4 });
    expect([relationOf('jugendamt').kind, relationOf('jugendamt').level]).toEqual(['own-office', undefined]);
    expect(hubFacetValues(relationOf('sozialamt'))).toEqual(['4', 'own-office']);
  });

  it('takes the declared relation without agreement, and the hub is the centre', () => {
    expect(relationOf('bamf').kind).toBe('outside');
    expect(relationOf('firma').kind).toBe('participant');
    expect(relationOf(hub).kind).toBe('hub');
    expect(hubStanding(relationOf(hub))).toBeUndefined();
  });

  it('puts agreements in the search facet only while they bind the immigration office', () => {
    const facet = (id: string) => cooperationFacet(directory, directory.byId.get(id)!);
    expect(facet('stufe-3')).toEqual(['3']);
    expect(facet('ruht')).toEqual(['3']);
    expect(facet('unter-traegern')).toEqual([]);
    expect(facet('verhandlung')).toEqual([]);
    expect(facet('beendet')).toEqual([]);
    expect(facet('beratung')).toEqual(['4']);
  });

  it('files every actor but the hub exactly once', () => {
    const filed = actorsByStanding(directory).flatMap((group) => group.actors.map((item) => `${group.standing}:${item.entry.id}`));
    expect(filed.sort()).toEqual(
      [
        '4:beratung',
        '3:ruhend',
        'on-request:gespraeche',
        'on-request:ehemals',
        'on-request:abgelaufen',
        'on-request:traeger-a',
        'on-request:traeger-b',
        '4:sozialamt',
        'own-office:jugendamt',
        'outside:bamf',
        'participant:firma',
      ].sort(),
    );
  });

  it('lists each agreement of the cooperation view under its own level, and provider agreements apart', () => {
    const view = cooperationAgreements(directory);
    const byLevel = Object.fromEntries(view.byLevel.map((group) => [group.level, group.agreements.map((item) => item.id)]));
    expect(byLevel).toEqual({ 5: [], 4: ['amt', 'stufe-4'], 3: ['ruht', 'stufe-3'], 2: [], 1: [] });
    expect(view.negotiating.map((item) => item.id)).toEqual(['verhandlung']);
    expect(view.betweenPartners.map((item) => item.id)).toEqual(['unter-traegern']);
  });
});

describe('the demo content', () => {
  let directory: Directory;
  let internal: Directory;
  beforeAll(async () => {
    const result = await validateContent({ contentDir: resolve('content'), configFile: resolve('site.config.yaml') });
    expect(result.problems).toEqual([]);
    directory = buildDirectory({ ...result.content!, edition: 'public', today });
    internal = buildDirectory({ ...result.content!, edition: 'internal', today });
  }, 120_000);
  const standingOf = (id: string) => hubStanding(hubRelation(directory, directory.byId.get(id)!)!);

  it('files the level-3 JMD agreement under level 3, though the IB also has a level-4 agreement', () => {
    const view = cooperationAgreements(directory);
    const levelOf = (id: string) => view.byLevel.find((group) => group.agreements.some((item) => item.id === id))?.level;
    expect(levelOf('kooperation-jugendmigrationsdienste')).toBe(3);
    expect(levelOf('kooperation-integrationskurse-kurstraeger')).toBe(4);
    expect(standingOf('ib-musterstadt')).toBe('4');
    expect(standingOf('brk-musterstadt')).toBe('3');
  });

  it('gives the Diakonie level 3 (resting) on the cooperation view and in the search facet alike', () => {
    const relation = hubRelation(directory, directory.byId.get('diakonie-musterstadt')!)!;
    expect(relation).toMatchObject({ kind: 'partner', level: 3, resting: true });
    const index = buildSearchIndex({ directory, locale: 'de', intlLocale: 'de-DE', kindLabels: {} });
    const facet = (id: string) => index.docs.find((doc) => doc.id === id)?.f?.['cooperation-levels'];
    expect(facet('diakonie-musterstadt')).toEqual(['3']);
    expect(facet('ib-musterstadt')).toEqual(['4']);
    expect(facet('sozialamt-musterstadt')).toEqual(['4', 'own-office']);
    expect(facet(directory.site.hub)).toBeUndefined();
  });

  it('keeps the city’s own offices, bodies outside its reach and participants off the referral-only group', () => {
    expect(standingOf('stabsstelle-integration')).toBe('own-office');
    expect(standingOf('jugendamt-musterstadt')).toBe('own-office');
    expect(standingOf('buergeramt-musterstadt')).toBe('own-office');
    expect(standingOf('bamf-aussenstelle-musterstadt')).toBe('outside');
    expect(standingOf('fluechtlingsrat-musterstadt')).toBe('participant');
    expect(standingOf('mieterverein-musterstadt')).toBe('on-request');
    expect(standingOf('psz-musterfranken')).toBe('on-request');
    expect(standingOf('awo-musterstadt')).toBe('5');
  });

  it('shows the immigration office in 11 active networks with about 75 sessions a year (internal edition)', () => {
    // From the network files: AG Interkulturelle Öffnung 3, AG Sprache 6, Helferkreis-Vernetzung 4,
    // Integrationskonferenz 2 (yearly, but two dates listed for 2027), interkommunales Netzwerk 2,
    // Jour fixe ABH–Jobcenter 12, Jour fixe Unterbringung 26, Lenkungskreis 4, Netzwerk
    // Anerkennung 4, Netzwerk Migrationsberatung 8, Runder Tisch Asyl 4; the two jours fixes are
    // internal, the dissolved Runder Tisch Ukraine does not count.
    const hubLoad = networkLoad(internal).find((row) => row.entry.id === internal.site.hub)!;
    expect([hubLoad.networks.length, hubLoad.sessionsPerYear, hubLoad.leads]).toEqual([11, 75, 1]);
    const publicLoad = networkLoad(directory).find((row) => row.entry.id === directory.site.hub)!;
    expect([publicLoad.networks.length, publicLoad.sessionsPerYear]).toEqual([9, 37]);
  });
});
