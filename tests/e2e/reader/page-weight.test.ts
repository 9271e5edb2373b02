import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distAssetReader, measurePageInDist, pageType, staticImports, weightsByPageType } from '#src/lib/measure-page-weight.ts';
import { testBuilds } from '../../support/builds.ts';
import { htmlFiles } from './support.ts';

/** The brief's budget: an entry page is at most 30 KB of gzipped HTML + CSS. */
const budget = 30 * 1024;

describe('page weight', () => {
  for (const [name, root] of [
    ['demo site', testBuilds.public],
    ['reader fixture', testBuilds.readerFixture],
  ] as const) {
    it(`keeps every entry page of the ${name} within 30 KB of gzipped HTML and CSS`, () => {
      const entries = htmlFiles(root).filter((page) => pageType(page).startsWith('entry:'));
      expect(entries.length).toBeGreaterThan(10);
      const readAsset = distAssetReader(root);
      const over = entries
        .map((page) => ({ page, weight: measurePageInDist(root, page, readAsset).htmlCssGzip }))
        .filter(({ weight }) => weight > budget)
        .map(({ page, weight }) => `${page}: ${(weight / 1024).toFixed(1)} KB`);
      expect(over).toEqual([]);
    });

    it(`ships no JavaScript on entry pages of the ${name} except islands and the offline helper`, () => {
      const types = weightsByPageType(root);
      const entryTypes = Object.keys(types).filter((type) => type.startsWith('entry:'));
      expect(entryTypes.length).toBeGreaterThan(0);
      for (const type of entryTypes) {
        const weight = types[type];
        // Each script the page loads is an island (defines a custom element), registers the
        // service worker, is a chunk one of those imports, or only imports them (the entry of a
        // component whose island is shared); nothing else runs.
        for (const script of weight?.scripts ?? []) {
          const source = readFileSync(join(root, script), 'utf8');
          const isIsland = /customElements\.define|serviceWorker\.register/.test(source);
          if (!isIsland && !isImportOnly(source) && !isImportedChunk(root, script, weight?.scripts ?? [])) {
            throw new Error(`${type} loads ${script}, which is neither an island nor the offline helper`);
          }
        }
        expect(weight?.maxJsGzip, type).toBeLessThan(10 * 1024);
      }
    });
  }
});

/** Whether `script` is a shared chunk imported by another of the page's scripts. */
function isImportedChunk(root: string, script: string, scripts: string[]): boolean {
  return scripts.some((other) => other !== script && staticImports(readFileSync(join(root, other), 'utf8'), other).includes(script));
}

/** Whether a script does nothing but import other scripts (which are checked on their own). */
function isImportOnly(source: string): boolean {
  return source.replace(/import\s*"[^"]+";?/g, '').trim() === '';
}
