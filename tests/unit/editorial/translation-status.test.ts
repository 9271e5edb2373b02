import { describe, expect, it } from 'vitest';
import { buildDirectory } from '#src/lib/content/directory.ts';
import type { ContentEntry, ContentTranslation } from '#src/lib/content/validate-content.ts';
import { sourceFingerprint } from '#src/lib/schema/translation.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { percent, translationStatus } from '#src/lib/translation-status.ts';
import { collections, type CollectionName } from '#src/schema/index.ts';

const site = { ...readSiteConfig(), locales: ['de', 'ar'] as ('de' | 'ar')[] };

function faq(id: string): ContentEntry {
  const data = { title: `Frage ${id}`, summary: 'Antwort.', topics: ['aufenthalt'], reviewed: '2026-10-01', owner: 'ABH' };
  return { collection: 'faq', id, file: `content/faq/de/${id}.yaml`, data: collections.faq.schema.parse(data) as Record<string, unknown> };
}

function translated(of: ContentEntry, state: 'current' | 'outdated', machine = false): ContentTranslation {
  const source = state === 'current' ? sourceFingerprint(collections[of.collection as CollectionName].schema, of.data) : '00000000';
  return {
    ...of,
    locale: 'ar',
    file: of.file.replace('/de/', '/ar/'),
    data: { title: 'سؤال', translation: { source, ...(machine ? { machine } : {}) } },
  };
}

describe('the translation status for editors', () => {
  it('counts per collection how many translations are current, outdated, missing and machine-made', () => {
    const entries = ['a', 'b', 'c', 'd'].map(faq);
    const [a, b, c] = entries as [ContentEntry, ContentEntry, ContentEntry];
    const translations = [translated(a, 'current', true), translated(b, 'current'), translated(c, 'outdated')];
    const directory = buildDirectory({ site, entries, translations, vocabularies: {}, edition: 'public', today: '2026-11-22' });
    const [arabic] = translationStatus(directory);
    expect(arabic?.locale).toBe('ar');
    expect(arabic?.collections).toEqual([
      { collection: 'faq', counts: { total: 4, current: 2, outdated: 1, missing: 1, machine: 1, partial: 3 } },
    ]);
    // FAQ are among the texts newcomers act on: they count for the 95 % goal.
    expect(arabic?.newcomer.current).toBe(2);
    expect(arabic?.entries.filter((item) => item.state === 'missing').map((item) => item.entry.id)).toEqual(['d']);
  });

  it('rounds shares down, so 94.9 % never reads as the 95 % goal', () => {
    expect(percent(949, 1000)).toBe(94);
    expect(percent(0, 0)).toBe(100);
  });
});
