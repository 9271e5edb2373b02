import { describe, expect, it } from 'vitest';
import { buildIndexes, loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { footerPages } from '#src/lib/required-pages.ts';
import { createSearchEngine } from '#src/lib/search/search-engine.ts';
import { offeredSiteTools, pageRoleWords, searchWordsOf, siteTools } from '#src/lib/site-tools.ts';

describe('the site’s own publications and tools in search', async () => {
  const directory = await loadDirectory();
  const indexes = buildIndexes(directory);
  const cases = [...indexes].flatMap(([locale, index]) => {
    const t = createTranslator(locale, dictionaries[locale]);
    const engine = createSearchEngine(index);
    const first = (query: string) => engine.search(query, { limit: 3 }).hits[0]?.doc.id;
    return [
      ...offeredSiteTools().map((tool) => ({
        locale,
        id: tool.id,
        title: tool.title(t),
        name: searchWordsOf(t, tool.words)[0] ?? '',
        first,
      })),
      ...footerPages(directory).map((page) => ({
        locale,
        id: page.id,
        title: index.docs.find((doc) => doc.id === page.id)?.t ?? '',
        name: searchWordsOf(t, pageRoleWords[page.data.role as keyof typeof pageRoleWords])[0] ?? '',
        first,
      })),
    ];
  });

  // The four papers share their everyday name ("Schnittstellenpapier"): their titles tell them apart.
  const shared = (locale: string, name: string) => cases.filter((other) => other.locale === locale && other.name === name).length > 1;

  it.each(cases)('$locale: "$title" and "$name" list $id first', ({ locale, title, name, id, first }) => {
    expect(first(title)).toBe(id);
    if (shared(locale, name)) expect(first(name)).toMatch(/^paper-/);
    else expect(first(name)).toBe(id);
  });

  it('shows each as its own kind, linked to its page, in every language', () => {
    for (const [locale, index] of indexes) {
      for (const tool of offeredSiteTools()) {
        const doc = index.docs.find((candidate) => candidate.id === tool.id);
        expect(doc, `${locale} ${tool.id}`).toMatchObject({ c: tool.kind, p: tool.path(locale) });
        expect(index.labels.kinds[tool.kind]).toBe(createTranslator(locale, dictionaries[locale])(`kindOne.${tool.kind}`));
      }
    }
  });

  it('offers a publication only once its PDF is printed', () => {
    const waiting = siteTools.filter((tool) => !offeredSiteTools().includes(tool));
    for (const tool of waiting) expect(indexes.get('de')?.docs.some((doc) => doc.id === tool.id)).toBe(false);
  });
});
