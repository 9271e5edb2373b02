import { describe, expect, it } from 'vitest';
import { checklistSchema } from '#src/schema/collections/checklists.ts';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { mergeTranslation, sourceFingerprint, translationSchema } from '#src/lib/schema/translation.ts';

const german = organisationSchema.parse({
  title: 'Ausländerbehörde Musterstadt',
  summary: 'Aufenthaltstitel und Visa.',
  topics: ['aufenthalt'],
  reviewed: '2026-09-01',
  owner: 'Ausländerbehörde',
  providerType: 'behoerde',
  sector: 'public-administration',
  locations: [
    {
      id: 'rathaus',
      name: 'Bürgeramt',
      address: { street: 'Rathausplatz 1', postalCode: '99999', city: 'Musterstadt', coordinates: { lat: 49.59, lng: 11 } },
    },
  ],
});

describe('translation files', () => {
  it('accept translatable fields, including those nested in lists', () => {
    const schema = translationSchema(organisationSchema);
    expect(schema.safeParse({ title: 'Immigration Office', locations: [{ name: 'Citizens’ office' }] }).success).toBe(true);
  });

  it('reject shared fields, which live only in the German file', () => {
    const schema = translationSchema(organisationSchema);
    const result = schema.safeParse({ title: 'Immigration Office', sector: 'business' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('reject a shared field inside a list item (coordinates stay German-only)', () => {
    const schema = translationSchema(organisationSchema);
    const result = schema.safeParse({ locations: [{ name: 'X', address: { city: 'Y' } }] });
    expect(result.success).toBe(false);
  });
});

describe('merging a translation onto the German entry', () => {
  it('takes translated texts and keeps shared values from German', () => {
    const merged = mergeTranslation(organisationSchema, german, {
      title: 'Immigration Office Musterstadt',
      locations: [{ name: 'Citizens’ office' }],
    });
    expect(merged.data.title).toBe('Immigration Office Musterstadt');
    expect(merged.data.locations[0]?.name).toBe('Citizens’ office');
    expect(merged.data.locations[0]?.address.street).toBe('Rathausplatz 1');
  });

  it('lists every field that falls back to German', () => {
    const merged = mergeTranslation(organisationSchema, german, { title: 'Immigration Office' });
    expect(merged.fallback).toEqual(['summary', 'locations.0.name']);
  });

  it('treats an empty translated text as missing', () => {
    const merged = mergeTranslation(organisationSchema, german, { title: '', summary: 'Permits.' });
    expect(merged.data.title).toBe('Ausländerbehörde Musterstadt');
    expect(merged.fallback).toContain('title');
  });
});

describe('source fingerprints', () => {
  it('change when a translatable German text changes', () => {
    const changed = { ...german, summary: 'Aufenthaltstitel, Visa und Duldungen.' };
    expect(sourceFingerprint(organisationSchema, changed)).not.toBe(sourceFingerprint(organisationSchema, german));
  });

  it('stay the same when only a shared field changes', () => {
    const moved = { ...german, sector: 'business' as const };
    expect(sourceFingerprint(organisationSchema, moved)).toBe(sourceFingerprint(organisationSchema, german));
  });

  it('do not depend on defaults being written out (CMS files omit empty lists)', () => {
    const list = checklistSchema.parse({
      title: 'Mitbringliste',
      summary: 'Was mitbringen.',
      topics: ['aufenthalt'],
      reviewed: '2026-01-01',
      owner: 'ABH',
      items: [{ text: 'Pass' }],
    });
    const raw = { title: 'Mitbringliste', summary: 'Was mitbringen.', items: [{ text: 'Pass' }] };
    expect(sourceFingerprint(checklistSchema, raw)).toBe(sourceFingerprint(checklistSchema, list));
  });
});
