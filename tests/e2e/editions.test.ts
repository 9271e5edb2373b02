import { describe, expect, it } from 'vitest';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { entryPath } from '#src/lib/paths.ts';
import { internalValues, stripInternal } from '#src/lib/schema/strip-internal.ts';
import { projectPaths } from '#src/lib/site-config.ts';
import { collections, type Locale } from '#src/schema/index.ts';
import { entryTitle, isInternal } from '#src/lib/content/shared-fields.ts';
import { testBuilds } from '../support/builds.ts';
import { findValues, readTextFiles } from '../support/site-files.ts';

// The public edition must not contain a single internal value; the internal edition must
// contain them and say on every page that it is internal. Checked on the real builds, file by
// file, so a leak through any page, export or search index is caught.

const result = await validateContent(projectPaths);
const content = result.content;
if (!content || result.problems.length > 0) throw new Error('The demo content must be valid for the edition tests (npm run check).');

/** Every text a value could be published in: all strings and numbers inside the data. */
function allValues(data: unknown): string[] {
  if (typeof data === 'string' || typeof data === 'number') return [String(data)];
  if (Array.isArray(data)) return data.flatMap(allValues);
  if (data && typeof data === 'object') return Object.values(data).flatMap(allValues);
  return [];
}

const internalEntries = content.entries.filter(isInternal);
const internalIds = new Set(internalEntries.map((entry) => entry.id));
const secrets = new Set<string>();
const published = new Set<string>();
for (const item of [...content.entries, ...content.translations]) {
  const schema = collections[item.collection].schema;
  if (internalIds.has(item.id)) {
    secrets.add(entryTitle(item));
    for (const value of internalValues(schema, item.data)) secrets.add(value);
  } else {
    for (const value of internalValues(schema, item.data)) secrets.add(value);
    for (const value of allValues(stripInternal(schema, item.data))) published.add(value);
  }
}
// A value that is also written in a public field (say, the same phone number) proves nothing;
// very short values ("3", "Ja") would match anywhere.
const checked = [...secrets].filter((value) => value.trim().length >= 5 && !published.has(value)).map((value) => value.trim());
const internalPaths = internalEntries.flatMap((entry) =>
  content.site.locales.map((locale) => entryPath(locale, entry.collection, entry.id)),
);

describe('the public edition', () => {
  const files = readTextFiles(testBuilds.public);

  it('is checked against internal values of the demo content', () => {
    expect(checked.length).toBeGreaterThan(0);
  });

  it('contains no internal value in any file', () => {
    const leaks = [...findValues(files, checked)].flatMap(([value, paths]) => paths.map((path) => `${path}: „${value}“`));
    expect(leaks).toEqual([]);
  });

  it('has no page and no link for an internal entry', () => {
    const leaks = [...findValues(files, internalPaths)].flatMap(([value, paths]) => paths.map((path) => `${path}: ${value}`));
    expect(leaks).toEqual([]);
  });

  it('marks no page as internal', () => {
    const marked = files.filter((file) => file.path.endsWith('.html') && file.text.includes('data-edition="internal"'));
    expect(marked.map((file) => file.path)).toEqual([]);
  });
});

describe('the internal edition', () => {
  const files = readTextFiles(testBuilds.internal);

  it('contains every internal value', () => {
    const found = findValues(files, checked);
    expect(checked.filter((value) => !found.has(value))).toEqual([]);
  });

  it('has a page for every internal entry', () => {
    expect(internalPaths.filter((path) => !files.some((file) => file.path === `${path.slice(1)}index.html`))).toEqual([]);
  });

  it('marks every page as internal: a visible notice in the page language and no indexing', () => {
    // The CMS (admin/) is the editors' tool around the content, not a page of an edition.
    const pages = files.filter((file) => file.path.endsWith('.html') && !file.path.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(0);
    const unmarked = pages
      .filter((page) => {
        const locale = (/<html[^>]*\blang="([a-z]{2})"/.exec(page.text)?.[1] ?? 'de') as Locale;
        const notice = dictionaries[locale]?.['edition.internal'];
        return typeof notice !== 'string' || !page.text.includes(notice) || !/<meta name="robots" content="noindex/.test(page.text);
      })
      .map((page) => page.path);
    expect(unmarked).toEqual([]);
  });
});
