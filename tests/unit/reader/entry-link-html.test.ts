import { describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { localize } from '#src/lib/content/directory.ts';
import { entryLinkHtml } from '#src/lib/entry-link-html.ts';

const directory = await loadDirectory();
const words = { germanOnly: 'بالألمانية فقط', machine: 'ترجمة آلية' };

// An entry of the demo whose title has no Arabic translation, and one whose title has.
const untranslated = directory.entries.find((entry) => localize(entry, 'ar').fallback.includes('title'));
const translated = directory.entries.find((entry) => !localize(entry, 'ar').fallback.includes('title'));

describe('a link to another entry (EntryLink)', () => {
  it('leads to the entry in the page language and names it by its title there', () => {
    expect(translated).toBeDefined();
    const { id, collection } = translated!;
    const title = String(localize(translated!, 'ar').localized.title);
    const html = entryLinkHtml(directory, id, 'ar');
    expect(html.startsWith(`<a href="/ar/${collection}/${id}/"><span>`)).toBe(true);
    expect(html.replace(/<[^>]+>/g, '')).toBe(title.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;'));
    // Asked for marks, the link is followed by them (the demo's Arabic is machine-translated).
    const marks = localize(translated!, 'ar').machine ? 'ترجمة آلية' : '';
    expect(entryLinkHtml(directory, id, 'ar', { words, sourceLocale: 'de' }).replace(/<[^>]+>/g, '')).toBe(
      `${html.replace(/<[^>]+>/g, '')} ${marks}`,
    );
  });

  it('marks a German title as German, left to right, and says "German only" when asked', () => {
    expect(untranslated).toBeDefined();
    const plain = entryLinkHtml(directory, untranslated!.id, 'ar');
    expect(plain).toContain('<span lang="de" dir="ltr">');
    expect(entryLinkHtml(directory, untranslated!.id, 'ar', { words, sourceLocale: 'de' })).toMatch(
      /^<a [^>]+>.*<\/a> <span class="translation-marks"><span class="badge badge--language" data-translation-mark="german-only">بالألمانية فقط<\/span>/,
    );
  });

  it('shows an id the directory does not have as plain text, escaped', () => {
    expect(entryLinkHtml(directory, 'gibt-es-nicht<b>', 'de')).toBe('<span>gibt-es-nicht&lt;b&gt;</span>');
  });
});
