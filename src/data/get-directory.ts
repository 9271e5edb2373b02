import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildDirectory, type Directory, type Edition, type LocalizedEntry } from '#src/lib/content/directory.ts';
import { readVocabularies } from '#src/lib/content/read-vocabularies.ts';
import type { ContentEntry, ContentTranslation } from '#src/lib/content/validate-content.ts';
import { todayIn } from '#src/lib/dates.ts';
import { projectPaths, readSiteConfig } from '#src/lib/site-config.ts';
import { collectionNames, type CollectionName } from '#src/schema/index.ts';

// The one place that reads Astro's collections. Everything else works on the Directory,
// which is plain data built by src/lib/content/directory.ts (also used by the scripts).

type AnyEntry = CollectionEntry<CollectionName>;

const astroEntries = new Map<string, AnyEntry>();
let directory: Promise<Directory> | undefined;

/** Which edition this build is: `LOTSE_EDITION=internal` includes internal data. */
export function currentEdition(): Edition {
  return process.env['LOTSE_EDITION'] === 'internal' ? 'internal' : 'public';
}

async function loadDirectory(): Promise<Directory> {
  const site = readSiteConfig();
  const entries: ContentEntry[] = [];
  const translations: ContentTranslation[] = [];
  for (const name of collectionNames) {
    for (const entry of (await getCollection(name)) as AnyEntry[]) {
      astroEntries.set(`de/${entry.id}`, entry);
      entries.push({
        collection: name,
        id: entry.id,
        file: entry.filePath ?? '',
        data: entry.data as Record<string, unknown>,
        ...(entry.body !== undefined ? { body: entry.body } : {}),
      });
    }
    for (const entry of (await getCollection(`${name}__translations`)) as unknown as AnyEntry[]) {
      const [locale = '', id = ''] = entry.id.split('/');
      astroEntries.set(entry.id, entry);
      translations.push({
        collection: name,
        id,
        locale,
        file: entry.filePath ?? '',
        data: entry.data as Record<string, unknown>,
        ...(entry.body !== undefined ? { body: entry.body } : {}),
      });
    }
  }
  const vocabularies = readVocabularies(projectPaths.contentDir, site);
  return buildDirectory({ site, entries, translations, vocabularies, edition: currentEdition(), today: todayIn(site.timeZone) });
}

/** The directory of this build, loaded once. */
export function getDirectory(): Promise<Directory> {
  directory ??= loadDirectory();
  return directory;
}

/** Render the MDX body of a localized entry (journeys, pages) in the language it is in. */
export async function renderBody(entry: LocalizedEntry) {
  const key = entry.bodyLocale === 'de' ? `de/${entry.id}` : `${entry.bodyLocale}/${entry.id}`;
  const astroEntry = astroEntries.get(key) ?? astroEntries.get(`de/${entry.id}`);
  if (!astroEntry) throw new Error(`Kein Inhalt für ${entry.collection}/${entry.id}`);
  return render(astroEntry);
}
