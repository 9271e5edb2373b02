import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { decodeForSearch } from '../../support/site-files.ts';
import { htmlFiles } from './support.ts';

/** Heading levels of a page in document order (templates for islands left out: they are not shown as such). */
function headingLevels(html: string): number[] {
  const shown = html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  return [...shown.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
}

/** The skips in an outline ("h2 → h4"); an outline may go up any number of levels, down only one. */
function skippedLevels(levels: number[]): string[] {
  return levels.flatMap((level, index) => {
    const previous = index === 0 ? 0 : levels[index - 1]!;
    return level > previous + 1 ? [`h${previous || '–'} → h${level}`] : [];
  });
}

const robots = (html: string) => /<meta name="robots" content="([^"]*)"/.exec(html)?.[1] ?? '';
const metaDescription = (html: string) => decodeForSearch(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '').trim();

describe('page outline and search snippets', () => {
  it('tells an outline that skips a level from one that does not', () => {
    expect(skippedLevels([1, 2, 3, 2, 3, 4, 2])).toEqual([]);
    expect(skippedLevels([1, 2, 4])).toEqual(['h2 → h4']);
    expect(skippedLevels([2])).toEqual(['h– → h2']);
  });

  for (const [name, root] of [
    ['demo site', testBuilds.public],
    ['internal edition', testBuilds.internal],
    ['reader fixture', testBuilds.readerFixture],
  ] as const) {
    it(`starts every page of the ${name} at h1 and skips no heading level`, () => {
      const pages = htmlFiles(root).filter((page) => !page.startsWith('admin/'));
      expect(pages.length).toBeGreaterThan(20);
      const problems = pages.flatMap((page) => {
        const skips = skippedLevels(headingLevels(readFileSync(join(root, page), 'utf8')));
        return skips.length > 0 ? [`${page}: ${skips.join(', ')}`] : [];
      });
      expect(problems.slice(0, 25), `${problems.length} pages`).toEqual([]);
    });
  }

  it('gives every indexable page a meta description in its own words', () => {
    const root = testBuilds.public;
    const indexable = htmlFiles(root).filter((page) => !robots(readFileSync(join(root, page), 'utf8')).includes('noindex'));
    expect(indexable.length).toBeGreaterThan(1000);
    const missing = indexable.filter((page) => metaDescription(readFileSync(join(root, page), 'utf8')).length < 20);
    expect(missing.slice(0, 25), `${missing.length} pages`).toEqual([]);
  });

  it('writes the meta description of a translated list page in its language', () => {
    const arabic = metaDescription(readFileSync(join(testBuilds.public, 'ar/a-z/index.html'), 'utf8'));
    expect(arabic).toMatch(/[\u0600-\u06ff]/);
    expect(arabic).not.toBe(metaDescription(readFileSync(join(testBuilds.public, 'de/a-z/index.html'), 'utf8')));
  });
});
