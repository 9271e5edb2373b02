import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOf, type Directory } from '#src/lib/content/directory.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';
import { buildHsds, type HsdsExport } from '#src/lib/publish/hsds.ts';
import { hsdsFailures, strictHsdsValidators } from '../../support/hsds-validator.ts';
import { publisherDirectory } from '../../support/publisher-fixture.ts';

let directory: Directory;
let hsds: HsdsExport;
let validators: Record<string, ValidateFunction>;

beforeAll(async () => {
  directory = await publisherDirectory('public');
  hsds = buildHsds(directory, (entry) => absoluteUrl(directory.site.url, entryPath('de', entry.collection, entry.id)));
  validators = strictHsdsValidators();
});

function expectValid(kind: string, items: unknown[]) {
  expect(hsdsFailures(validators[kind] as ValidateFunction, items, kind)).toEqual([]);
}

describe('the HSDS 3.1 export', () => {
  it('validates every organization strictly against the vendored schema', () => {
    expect(hsds.organizations.length).toBeGreaterThan(0);
    expectValid('organization', hsds.organizations);
  });

  it('validates every service strictly', () => {
    expect(hsds.services.length).toBeGreaterThan(0);
    expectValid('service', hsds.services);
  });

  it('validates every location and taxonomy term strictly', () => {
    expectValid('location', hsds.locations);
    expectValid('taxonomy_term', hsds.taxonomyTerms);
  });

  it('rejects a property HSDS does not define, so the strict check really bites', () => {
    const [first] = hsds.organizations;
    expect(validators['organization']?.({ ...first, cooperationLevel: 5 })).toBe(false);
    const locations = first?.['locations'] as Record<string, unknown>[];
    expect(validators['organization']?.({ ...first, locations: [{ ...locations[0], floor: 2 }] })).toBe(false);
  });

  it('has one organization per organisation and association, with the hub and all partners', () => {
    const actors = [...entriesOf(directory, 'organisations'), ...entriesOf(directory, 'associations')];
    expect(hsds.organizations.map((organization) => organization['name']).sort()).toEqual(actors.map((actor) => actor.data.title).sort());
  });

  it('tells every partner’s cooperation level through an attribute of the Lotse taxonomy', () => {
    const awo = hsds.organizations.find((organization) => organization['name'] === 'AWO Kreisverband Musterstadt') as {
      attributes: { link_type: string; value?: string; taxonomy_term: { taxonomy: string } }[];
    };
    const level = awo.attributes.find((attribute) => attribute.link_type === 'cooperation-levels');
    expect(level?.value).toBe('5');
    expect(level?.taxonomy_term.taxonomy).toMatch(/Lotse/);
    const ihk = hsds.organizations.find((organization) => organization['alternate_name'] === 'IHK') as {
      attributes: { link_type: string; value?: string }[];
    };
    expect(ihk.attributes.find((attribute) => attribute.link_type === 'cooperation-levels')?.value).toBe('on-request');
  });

  it('records network membership and lead as attributes', () => {
    const vhs = hsds.organizations.find((organization) => organization['alternate_name'] === 'VHS') as {
      attributes: { link_type: string; value?: string; label?: string }[];
    };
    const memberships = vhs.attributes.filter((attribute) => attribute.link_type === 'networks');
    expect(memberships).toEqual([expect.objectContaining({ label: 'AG Sprache', value: 'lead' })]);
  });

  it('gives the same UUIDs on every build', async () => {
    const again = buildHsds(await publisherDirectory('public'), (entry) => entry.id);
    expect(again.organizations.map((organization) => organization['id'])).toEqual(
      hsds.organizations.map((organization) => organization['id']),
    );
  });

  it('lists what to bring as required documents of a responsibility', () => {
    const service = hsds.services.find((item) => item['name'] === 'Aufenthaltstitel verlängern') as {
      required_documents: { document: string }[];
    };
    expect(service.required_documents.map((document) => document.document)).toContain('Gültiger Reisepass');
  });

  it('contains no internal value of the public edition', () => {
    const text = JSON.stringify(hsds);
    expect(text).not.toContain('abh-fachstellen-durchwahl');
    expect(text).not.toContain('Interner Jour fixe');
  });
});
