import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareServices } from '#src/lib/compare-services.ts';
import { cmsPolicyAdditions, contentSecurityPolicy } from '#src/lib/content-security-policy.ts';
import { buildDirectory, localize, type Directory } from '#src/lib/content/directory.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { offlinePages } from '#src/lib/offline-pages.ts';
import { quickLinksOf } from '#src/lib/quick-links.ts';
import { hubRelation } from '#src/lib/hub-relation.ts';
import { relatedGroups } from '#src/lib/related-entries.ts';
import { easyLanguagePages, footerPages } from '#src/lib/required-pages.ts';
import { entriesForTopic, topicCounts } from '#src/lib/topic-entries.ts';
import { readerFixture } from '../../support/builds.ts';

let directory: Directory;

beforeAll(async () => {
  const result = await validateContent(readerFixture);
  expect(result.problems).toEqual([]);
  const content = result.content!;
  directory = buildDirectory({ ...content, edition: 'public', today: '2026-11-22' });
});

describe('related entries', () => {
  it('groups what points at an office by meaning', () => {
    const groups = relatedGroups(directory, 'abh-fixture').map((group) => [group.kind, group.entries.map((entry) => entry.id)]);
    // The office is a party to the agreement it leads: listed once, as its agreement.
    expect(groups).toEqual([
      ['handles', ['aufenthalt-verlaengern-fixture']],
      ['memberOf', ['netzwerk-fixture']],
      ['agreements', ['kooperation-fixture']],
      ['journeys', ['journey-fixture']],
    ]);
  });

  it('lists the services a provider offers and the networks it leads', () => {
    const kinds = Object.fromEntries(
      relatedGroups(directory, 'beratung-fixture').map((group) => [group.kind, group.entries.map((entry) => entry.id).sort()]),
    );
    expect(kinds['offers']).toEqual(['jmd-fixture', 'mbe-fixture', 'projekt-fixture', 'sprachmittler-fixture']);
    expect(kinds['leads']).toEqual(['netzwerk-fixture']);
    expect(kinds['agreements']).toEqual(['kooperation-fixture']);
  });

  it('finds the relation to the immigration office, and the office itself as the centre', () => {
    const relationOf = (id: string) => hubRelation(directory, directory.byId.get(id)!);
    expect(relationOf('beratung-fixture')).toMatchObject({ kind: 'partner', level: 3 });
    expect(relationOf('verein-fixture')?.kind).toBe('on-request');
    expect(relationOf('verein-fixture')?.level).toBeUndefined();
    expect(relationOf('abh-fixture')?.kind).toBe('hub');
  });
});

describe('counselling comparison', () => {
  it('orders services from the youngest target group to the oldest with their criteria', () => {
    const rows = compareServices(directory);
    expect(rows.map((row) => row.id)).toEqual(['jmd-fixture', 'mbe-fixture']);
    expect(rows[0]?.data).toMatchObject({
      ageMin: 12,
      ageMax: 27,
      residenceStatuses: [],
      districts: ['nordstadt'],
      neighbouringAreas: true,
      programme: 'jmd',
    });
    expect(rows[1]?.data).toMatchObject({
      ageMin: 27,
      residenceStatuses: ['aufenthaltserlaubnis', 'niederlassungserlaubnis'],
      districts: [],
    });
  });
});

describe('topic pages', () => {
  it('group entries by kind in collection order and count them', () => {
    expect(entriesForTopic(directory, 'aufenthalt').map((group) => group.collection)).toEqual([
      'organisations',
      'responsibilities',
      'services',
      'journeys',
      'faq',
      'checklists',
    ]);
    expect(topicCounts(directory).get('beratung')).toBe(7);
    expect(topicCounts(directory).get('sprache')).toBe(1);
  });
});

describe('home page quick links', () => {
  it('resolves entries, topics and built-in pages from the site configuration', () => {
    expect(
      quickLinksOf(directory).map((link) => (link.kind === 'entry' ? link.entry.id : link.kind === 'topic' ? link.topic : link.page)),
    ).toEqual(['abh-fixture', 'counselling', 'sprache', 'emergency']);
  });
});

describe('required pages', () => {
  it('finds the footer pages and the Leichte Sprache section in order', () => {
    expect(footerPages(directory).map((page) => page.id)).toEqual([
      'impressum-fixture',
      'datenschutz-fixture',
      'barrierefreiheit-fixture',
      'leichte-sprache-fixture',
    ]);
    expect(easyLanguagePages(directory).map((page) => page.id)).toEqual(['leichte-sprache-fixture', 'leichte-sprache-aufenthalt-fixture']);
  });
});

describe('offline pages', () => {
  it('keeps home, journeys, the checklists their steps name and the Leichte Sprache pages of a language', () => {
    expect(offlinePages(directory, 'ar')).toEqual([
      '/ar/',
      '/ar/offline/',
      '/ar/journeys/',
      '/ar/journeys/journey-fixture/',
      '/ar/checklists/mitbringliste-fixture/',
      '/ar/pages/leichte-sprache-fixture/',
      '/ar/pages/leichte-sprache-aufenthalt-fixture/',
    ]);
  });
});

describe('translation states as the pages show them', () => {
  it('are current, outdated or missing per language', () => {
    const office = directory.byId.get('abh-fixture')!;
    expect(localize(office, 'en').state).toBe('current');
    expect(localize(office, 'fa').state).toBe('outdated');
    expect(localize(office, 'tr').state).toBe('missing');
    expect(localize(office, 'tr').localized.title).toBe('Ausländerbehörde Musterstadt');
  });
});

describe('content security policy', () => {
  it('allows only the site itself, plus images from the configured tile server', () => {
    const policy = contentSecurityPolicy({
      map: { center: { lat: 0, lng: 0 }, zoom: 1, tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '' },
    });
    expect(policy.directives).toContain("img-src 'self' data: https://tiles.example.org");
    expect(policy.directives).toContain("default-src 'self'");
    expect(JSON.stringify(policy)).not.toContain('unsafe');
    const noTiles = contentSecurityPolicy({ map: { center: { lat: 0, lng: 0 }, zoom: 1, tileUrl: '', attribution: '' } });
    expect(noTiles.directives).toContain("img-src 'self' data:");
  });
});

describe('the demo site configuration', () => {
  it('names only quick links that exist in the demo content (a typo would silently drop a link)', async () => {
    const result = await validateContent({ contentDir: resolve('content'), configFile: resolve('site.config.yaml') });
    const content = result.content!;
    const demo = buildDirectory({ ...content, edition: 'public', today: '2026-11-22' });
    expect(quickLinksOf(demo)).toHaveLength(content.site.quickLinks.length);
  });
});

describe('the CMS page policy', () => {
  it('adds eval, inline styles and the Git backend, but no other script source', () => {
    const local = cmsPolicyAdditions({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    expect(local).toEqual({
      scriptResources: ["'unsafe-eval'"],
      styleResources: ["'unsafe-inline'"],
      directives: ["connect-src 'self' http://localhost:8081", "img-src 'self' data: blob: http://localhost:8081"],
    });
    expect(cmsPolicyAdditions({ name: 'github', base_url: 'https://cms-auth.example.org' }).directives[0]).toBe(
      "connect-src 'self' https://cms-auth.example.org https://api.github.com https://raw.githubusercontent.com https://avatars.githubusercontent.com",
    );
    expect(cmsPolicyAdditions({ name: 'gitlab' }).directives[0]).toBe("connect-src 'self' https://gitlab.com");
  });
});
