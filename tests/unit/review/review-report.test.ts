import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { sourceFingerprint } from '#src/lib/schema/translation.ts';
import { compareContent } from '#src/lib/review/compare-content.ts';
import { formatReview } from '#src/lib/review/format-review.ts';
import { readRevision, readVersion } from '#src/lib/review/read-version.ts';
import { createContentFixture, organisation, type ContentFixture } from '../../support/content-fixture.ts';

let fixture: ContentFixture;

const association = {
  title: 'Kulturverein Brücke',
  summary: 'Treffpunkt für Familien.',
  topics: ['aufenthalt'],
  reviewed: '2026-05-01',
  owner: 'Kulturverein Brücke, Vorstand',
  providerType: 'behoerde',
  legalForm: 'registered-association',
  parent: 'caritas-musterstadt',
};

/** Base: three organisations, an association pointing at one of them, a current translation. */
function commitBase(): string {
  const jobcenter = organisation();
  fixture.write('organisations', 'de', 'jobcenter-musterstadt', jobcenter);
  fixture.write('organisations', 'en', 'jobcenter-musterstadt', {
    title: 'Job Centre Musterstadt',
    summary: 'Citizen’s income and job placement.',
    translation: { source: sourceFingerprint(organisationSchema, organisationSchema.parse(jobcenter)) },
  });
  fixture.write('organisations', 'de', 'caritas-musterstadt', organisation({ title: 'Caritas Musterstadt', sector: 'third-sector' }));
  // The immigration office named as hub in site.config.yaml.
  fixture.write('organisations', 'de', 'auslaenderbehoerde-musterstadt', organisation({ title: 'Ausländerbehörde Musterstadt' }));
  fixture.write('associations', 'de', 'kulturverein-bruecke', association);
  return fixture.commit('base');
}

async function report(base: string, head?: string) {
  const before = await readRevision(fixture.root, base);
  const after = head ? await readRevision(fixture.root, head) : await readVersion(fixture.root);
  return { result: compareContent(before, after), after };
}

beforeEach(() => {
  fixture = createContentFixture({ git: true });
});
afterEach(() => fixture.cleanup());

describe('the review report', () => {
  it('names a changed opening hours field with the entry, the location and old and new value', async () => {
    const base = commitBase();
    const changed = organisation();
    (changed['locations'] as Record<string, unknown>[])[0]!['openingHours'] = 'Mo-Fr 08:00-13:00; PH off';
    fixture.write('organisations', 'de', 'jobcenter-musterstadt', changed);
    const head = fixture.commit('hours');
    const { result } = await report(base, head);
    expect(result.entries).toEqual([
      {
        collection: 'organisations',
        id: 'jobcenter-musterstadt',
        title: 'Jobcenter Musterstadt',
        kind: 'changed',
        details: [
          'Öffnungszeiten von Jobcenter Musterstadt (Standorte: „Jobcenter am Bahnhof“) geändert: „Mo-Fr 08:00-12:00; PH off“ → „Mo-Fr 08:00-13:00; PH off“',
        ],
      },
    ]);
    // Only a shared field changed: the English translation is still current.
    expect(result.outdated).toEqual([]);
  });

  it('lists added and removed entries and the references the removal leaves dangling', async () => {
    const base = commitBase();
    fixture.remove('organisations', 'de', 'caritas-musterstadt');
    fixture.write('associations', 'de', 'frauentreff-nordstadt', {
      ...association,
      title: 'Frauentreff Nordstadt',
      parent: 'jobcenter-musterstadt',
    });
    const head = fixture.commit('add and remove');
    const { result, after } = await report(base, head);
    expect(result.entries.map((entry) => `${entry.kind} ${entry.id}`)).toEqual([
      'removed caritas-musterstadt',
      'added frauentreff-nordstadt',
    ]);
    expect(result.danglingReferences).toEqual([
      {
        collection: 'associations',
        id: 'kulturverein-bruecke',
        title: 'Kulturverein Brücke',
        field: 'Dachverband oder Trägerorganisation',
        target: 'caritas-musterstadt',
      },
    ]);
    const text = formatReview(result, { base: 'main', head: 'redaktion', problems: after.problems, entryCount: after.entries.length });
    expect(text).toContain('- Gelöscht: Organisation „Caritas Musterstadt“ (organisations/caritas-musterstadt)');
    expect(text).toContain('- Neu: Verein „Frauentreff Nordstadt“ (associations/frauentreff-nordstadt)');
    expect(text).toContain(
      '- „Kulturverein Brücke“, Feld „Dachverband oder Trägerorganisation“: verweist auf „caritas-musterstadt“, das es nicht mehr gibt',
    );
    // The validator reports the same dangling reference, so the change cannot be published.
    expect(text).toContain('**Prüfung:** ✗');
    expect(after.problems.some((problem) => problem.field === 'parent')).toBe(true);
  });

  it('reports a translation as outdated when the German text it was made from changed', async () => {
    const base = commitBase();
    fixture.write(
      'organisations',
      'de',
      'jobcenter-musterstadt',
      organisation({ summary: 'Bürgergeld, Arbeitsvermittlung und Sprachkurse.' }),
    );
    const head = fixture.commit('summary');
    const { result, after } = await report(base, head);
    expect(result.outdated).toEqual([
      { collection: 'organisations', id: 'jobcenter-musterstadt', title: 'Jobcenter Musterstadt', locales: ['en'] },
    ]);
    const text = formatReview(result, { base: 'main', head: 'redaktion', problems: after.problems, entryCount: after.entries.length });
    expect(text).toContain(
      'Kurzbeschreibung von Jobcenter Musterstadt geändert: „Bürgergeld und Arbeitsvermittlung.“ → „Bürgergeld, Arbeitsvermittlung und Sprachkurse.“',
    );
    expect(text).toContain('- „Jobcenter Musterstadt“: Englisch – der deutsche Text wurde geändert, bitte Übersetzung anpassen');
    // Four entries and the four pages every site must have.
    expect(text).toContain('**Prüfung:** ✓ Alle Inhalte sind gültig (8 Einträge).');
  });

  it('compares the working tree when no head is given, including uncommitted translations', async () => {
    const base = commitBase();
    fixture.write('associations', 'en', 'kulturverein-bruecke', { title: 'Bridge Cultural Association' });
    const { result } = await report(base);
    expect(result.translations).toEqual([
      {
        collection: 'associations',
        id: 'kulturverein-bruecke',
        title: 'Kulturverein Brücke',
        locale: 'en',
        kind: 'added',
        state: 'outdated',
      },
    ]);
  });

  it('lists added, changed and removed vocabulary terms, and the check fails for a removed term still in use', async () => {
    const base = commitBase();
    const file = (name: string) => join(fixture.root, 'content/vocabularies', `${name}.yaml`);
    const edit = (name: string, change: (terms: Record<string, unknown>[]) => Record<string, unknown>[]) => {
      const { terms } = load(readFileSync(file(name), 'utf8'), { schema: CORE_SCHEMA }) as { terms: Record<string, unknown>[] };
      writeFileSync(file(name), dump({ terms: change(terms) }));
    };
    edit('synonyms', (terms) => [
      ...terms.map((term) =>
        term['id'] === 'auslaenderbehoerde' ? { ...term, terms: [...(term['terms'] as string[]), 'Ausländerstelle'] } : term,
      ),
      { id: 'fuehrerschein', terms: ['Führerschein', 'Fahrerlaubnis', 'driving licence'] },
    ]);
    edit('topics', (terms) => terms.filter((term) => term['id'] !== 'aufenthalt'));
    const head = fixture.commit('vocabularies');
    const { result, after } = await report(base, head);
    expect(result.terms.map((term) => `${term.kind} ${term.vocabulary}/${term.id}`)).toEqual([
      'removed topics/aufenthalt',
      'changed synonyms/auslaenderbehoerde',
      'added synonyms/fuehrerschein',
    ]);
    const text = formatReview(result, { base: 'main', head: 'redaktion', problems: after.problems, entryCount: after.entries.length });
    expect(text).toContain(
      '- Gelöscht: Begriff „Aufenthalt und Rechtsstatus“ (topics/aufenthalt) in „Themen“ – Einträge, die ihn verwenden, müssen geändert werden',
    );
    expect(text).toContain(
      '- Geändert: Begriff „auslaenderbehoerde“ (synonyms/auslaenderbehoerde) in „Suchbegriffe (Synonyme)“\n  - Gleichbedeutende Suchbegriffe von auslaenderbehoerde ergänzt: „Ausländerstelle“',
    );
    expect(text).toContain('- Neu: Begriff „fuehrerschein“ (synonyms/fuehrerschein) in „Suchbegriffe (Synonyme)“');
    // The association still uses the removed topic: the check fails and says where.
    expect(text).toContain('**Prüfung:** ✗');
    expect(text).toContain('„aufenthalt“ ist kein Begriff im Vokabular „topics“');
  });

  it('says so when no vocabulary changed', async () => {
    const base = commitBase();
    fixture.write('organisations', 'de', 'jobcenter-musterstadt', organisation({ summary: 'Neu.' }));
    const { result, after } = await report(base, fixture.commit('summary'));
    expect(result.terms).toEqual([]);
    expect(formatReview(result, { base: 'main', head: 'x', problems: after.problems, entryCount: 4 })).toContain(
      'Keine Begriffe geändert.',
    );
  });

  it('fails with a clear message for an unknown base', async () => {
    commitBase();
    await expect(readRevision(fixture.root, 'gibt-es-nicht')).rejects.toThrow(/Stand „gibt-es-nicht“ nicht lesbar/);
  });
});
