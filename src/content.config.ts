import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as definitions, type CollectionName } from './schema/index.ts';
import { translationSchema } from './lib/schema/translation.ts';
import { projectPaths, readSiteConfig } from './lib/site-config.ts';

// Collections = loaders + schemas, nothing else. Every kind of entry has two collections: the
// German entries (content/<name>/de/<id>) and their translations (content/<name>/<locale>/<id>),
// whose schema is derived from the German one. Readable validation runs before the build
// (`npm run check`); here the schemas give Astro its types. Vocabularies are read in file
// order by src/lib/content/read-vocabularies.ts.

const site = readSiteConfig();
const [sourceLocale = 'de', ...targetLocales] = site.locales;
const base = projectPaths.contentDir;

function germanEntries<N extends CollectionName>(name: N) {
  const { format } = definitions[name];
  return defineCollection({
    loader: glob({
      base: `${base}/${name}`,
      pattern: `${sourceLocale}/*.${format}`,
      generateId: ({ entry }) => entry.slice(sourceLocale.length + 1, -format.length - 1),
    }),
    schema: definitions[name].schema as (typeof definitions)[N]['schema'],
  });
}

function translations(name: CollectionName) {
  const { format } = definitions[name];
  return defineCollection({
    loader: glob({
      base: `${base}/${name}`,
      // A pattern that matches nothing keeps a German-only site valid.
      pattern: `{${targetLocales.join(',') || '-'}}/*.${format}`,
      generateId: ({ entry }) => entry.slice(0, -format.length - 1),
    }),
    schema: translationSchema(definitions[name].schema),
  });
}

export const collections = {
  organisations: germanEntries('organisations'),
  organisations__translations: translations('organisations'),
  associations: germanEntries('associations'),
  associations__translations: translations('associations'),
  responsibilities: germanEntries('responsibilities'),
  responsibilities__translations: translations('responsibilities'),
  services: germanEntries('services'),
  services__translations: translations('services'),
  interpreting: germanEntries('interpreting'),
  interpreting__translations: translations('interpreting'),
  projects: germanEntries('projects'),
  projects__translations: translations('projects'),
  networks: germanEntries('networks'),
  networks__translations: translations('networks'),
  agreements: germanEntries('agreements'),
  agreements__translations: translations('agreements'),
  journeys: germanEntries('journeys'),
  journeys__translations: translations('journeys'),
  faq: germanEntries('faq'),
  faq__translations: translations('faq'),
  checklists: germanEntries('checklists'),
  checklists__translations: translations('checklists'),
  documents: germanEntries('documents'),
  documents__translations: translations('documents'),
  pages: germanEntries('pages'),
  pages__translations: translations('pages'),
};
