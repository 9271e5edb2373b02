import { describe, expect, it } from 'vitest';
import { germanFingerprint, prepareSave, pruneEmpty, translationState } from '#src/lib/cms/prepare-save.ts';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { sourceFingerprint } from '#src/lib/schema/translation.ts';
import { organisation } from '../../support/content-fixture.ts';
import { vocabularyFileSchema } from '#src/schema/vocabularies.ts';

const german = organisation();
const fingerprint = sourceFingerprint(organisationSchema, organisationSchema.parse(german));

describe('saving from the CMS', () => {
  it('removes what Decap leaves behind in cleared fields, keeping list positions', () => {
    expect(pruneEmpty({ a: '', b: '  x ', c: [], d: {}, e: [{ name: '' }, { name: 'y' }, {}], f: false, g: 0 })).toEqual({
      b: 'x',
      e: [{}, { name: 'y' }],
      f: false,
      g: 0,
    });
  });

  it('cleans a vocabulary the way it cleans entries, so a language label left empty is missing, not invalid', () => {
    const saved = { terms: [{ id: 'arbeit', label: { de: ' Arbeit ', en: '', ar: '' }, description: { de: '' } }] };
    expect(vocabularyFileSchema('topics').safeParse(saved).success).toBe(false);
    const cleaned = pruneEmpty(saved);
    expect(cleaned).toEqual({ terms: [{ id: 'arbeit', label: { de: 'Arbeit' } }] });
    expect(vocabularyFileSchema('topics').safeParse(cleaned).success).toBe(true);
  });

  it('stamps a translation edited in this session with the fingerprint of the German text the build uses', () => {
    const result = prepareSave({
      collection: 'organisations',
      german: { ...german, shortName: '' },
      translations: { en: { title: 'Job Centre' }, ar: undefined },
      openedAs: { en: {}, ar: undefined },
    });
    expect(result.fingerprint).toBe(fingerprint);
    expect(result.translations['en']).toEqual({ title: 'Job Centre', translation: { source: fingerprint } });
    expect(result.stamped).toEqual(['en']);
    expect(result.german).not.toHaveProperty('shortName');
  });

  it('keeps the other translations current when a Markdown text loses only its final line break', () => {
    // A YAML block ("description: |") ends with a line break; the save trims it. The schema
    // trims every text too, so the German text, and the fingerprint the stamps refer to, stay.
    const fromFile = { ...german, description: 'Erster Absatz.\n\nZweiter Absatz.\n' };
    const stamp = sourceFingerprint(organisationSchema, organisationSchema.parse(fromFile));
    const result = prepareSave({
      collection: 'organisations',
      german: fromFile,
      translations: {
        en: { title: 'Job Centre', translation: { source: stamp } },
        ar: { title: 'مركز العمل', translation: { source: stamp } },
      },
      openedAs: { en: { title: 'Job Centre', translation: { source: stamp } } },
    });
    expect(result.german['description']).toBe('Erster Absatz.\n\nZweiter Absatz.');
    expect(result.fingerprint).toBe(stamp);
    expect(translationState('organisations', fromFile, result.translations['ar'])).toBe('current');
    expect(sourceFingerprint(organisationSchema, organisationSchema.parse(result.german))).toBe(stamp);
  });

  it('leaves the stamp of a translation nobody opened, so it turns outdated when German changes', () => {
    const result = prepareSave({
      collection: 'organisations',
      german: { ...german, summary: 'Neuer Text.' },
      translations: { en: { title: 'Job Centre', translation: { source: fingerprint } } },
      openedAs: {},
    });
    expect(result.translations['en']).toEqual({ title: 'Job Centre', translation: { source: fingerprint } });
    expect(result.stamped).toEqual([]);
    expect(translationState('organisations', { ...german, summary: 'Neuer Text.' }, result.translations['en'])).toBe('outdated');
  });

  it('does not restamp a translation that was opened but not changed', () => {
    const old = { title: 'Job Centre', translation: { source: 'deadbeef' } };
    const result = prepareSave({ collection: 'organisations', german, translations: { en: old }, openedAs: { en: old } });
    expect(result.translations['en']).toEqual(old);
  });

  it('drops shared fields copied into a translation (only the German file holds them)', () => {
    const result = prepareSave({
      collection: 'organisations',
      german,
      translations: {
        en: {
          title: 'Job Centre',
          sector: 'business',
          locations: [{ id: 'hauptsitz', name: 'Job centre at the station', address: { city: 'X' } }],
        },
      },
      openedAs: { en: {} },
    });
    expect(result.translations['en']).toEqual({
      title: 'Job Centre',
      locations: [{ name: 'Job centre at the station' }],
      translation: { source: fingerprint },
    });
  });

  it('writes no file for a language without any translated text (Decap would write empty ones)', () => {
    const result = prepareSave({
      collection: 'organisations',
      german,
      translations: { en: { keywords: [], locations: [] }, tr: {} },
      openedAs: { en: {} },
    });
    expect(result.translations).toEqual({ en: undefined, tr: undefined });
  });

  it('removes the machine flag when a translator changes a machine translation', () => {
    const result = prepareSave({
      collection: 'organisations',
      german,
      translations: { en: { title: 'Job Center (checked)', translation: { source: 'deadbeef', machine: true } } },
      openedAs: { en: { title: 'Job Center', translation: { source: 'deadbeef', machine: true } } },
    });
    expect(result.translations['en']?.['translation']).toEqual({ source: fingerprint });
  });

  it('fingerprints the body of journeys and pages too', () => {
    const page = { title: 'Impressum', summary: 'Wer diese Seite betreibt.', reviewed: '2026-01-01', owner: 'Stabsstelle', body: 'Text A' };
    expect(germanFingerprint('pages', page)).not.toBe(germanFingerprint('pages', { ...page, body: 'Text B' }));
    expect(translationState('organisations', german, undefined)).toBe('missing');
  });
});
