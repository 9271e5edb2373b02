import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import type { SiteConfig } from '#src/schema/site-config.ts';
import { entryChanges, entryChangesFor, vocabularyChangeFor, vocabularyChanges } from './content-changes.ts';

/** One converted file and what was done to it, in German. */
interface MigratedFile {
  file: string;
  done: string;
}

function write(document: Document): string {
  // No line folding: long German sentences stay on one line, as editors and the CMS write them.
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Convert a content folder written for an earlier content model to the current one, file by
 * file, keeping everything the changes do not touch. Returns the converted files; with `dryRun`
 * nothing is written. Running it twice changes nothing the second time.
 */
export async function migrateContent(options: {
  contentDir: string;
  site: Pick<SiteConfig, 'hub' | 'locales'>;
  dryRun?: boolean;
  cwd?: string;
}): Promise<MigratedFile[]> {
  const { contentDir, site } = options;
  const show = (path: string) => relative(options.cwd ?? process.cwd(), path) || path;
  const sourceLocale = site.locales[0] ?? 'de';
  const migrated: MigratedFile[] = [];
  const context = { hub: site.hub, locales: site.locales };

  for (const collection of new Set(entryChanges.map((change) => change.collection))) {
    const folder = join(contentDir, collection, sourceLocale);
    if (!existsSync(folder)) continue;
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.yaml')).sort()) {
      const path = join(folder, name);
      const document = parseDocument(await readFile(path, 'utf8'));
      const data = document.toJS() as Record<string, unknown> | null;
      if (!data || typeof data !== 'object') continue;
      const changes = entryChangesFor(collection, data);
      if (changes.length === 0) continue;
      const done = changes.map((change) => change.apply(document, context)).filter(Boolean);
      if (!options.dryRun) await writeFile(path, write(document));
      migrated.push({ file: show(path), done: done.join('; ') });
    }
  }

  for (const change of vocabularyChanges) {
    const path = join(contentDir, 'vocabularies', `${change.vocabulary}.yaml`);
    const existing = existsSync(path) ? parseDocument(await readFile(path, 'utf8')) : undefined;
    if (!vocabularyChangeFor(change.vocabulary, existing?.toJS())) continue;
    const result = change.apply(existing, context);
    if (!options.dryRun) await writeFile(path, write(result.document));
    migrated.push({ file: show(path), done: result.done });
  }
  return migrated;
}
