import type { z } from 'astro/zod';
import { agreementSchema } from './collections/agreements.ts';
import { associationSchema } from './collections/associations.ts';
import { checklistSchema } from './collections/checklists.ts';
import { documentSchema } from './collections/documents.ts';
import { faqSchema } from './collections/faq.ts';
import { interpretingSchema } from './collections/interpreting.ts';
import { journeySchema } from './collections/journeys.ts';
import { networkSchema } from './collections/networks.ts';
import { organisationSchema } from './collections/organisations.ts';
import { pageSchema } from './collections/pages.ts';
import { projectSchema } from './collections/projects.ts';
import { responsibilitySchema } from './collections/responsibilities.ts';
import { serviceSchema } from './collections/services.ts';
import type { CollectionName } from './names.ts';

export * from './names.ts';

/** How a collection is stored: YAML data, or MDX with a body (journeys, pages). */
interface CollectionDefinition {
  schema: z.ZodObject;
  format: 'yaml' | 'mdx';
  /** German name for editors (CMS) and reports. */
  label: string;
  /** German name of one entry. */
  labelSingular: string;
}

/** Every collection with its schema: the single source for build, CMS, exports and search. */
export const collections = {
  organisations: { schema: organisationSchema, format: 'yaml', label: 'Organisationen', labelSingular: 'Organisation' },
  associations: { schema: associationSchema, format: 'yaml', label: 'Vereine und Zusammenschlüsse', labelSingular: 'Verein' },
  responsibilities: { schema: responsibilitySchema, format: 'yaml', label: 'Zuständigkeiten', labelSingular: 'Zuständigkeit' },
  services: { schema: serviceSchema, format: 'yaml', label: 'Beratungsangebote', labelSingular: 'Beratungsangebot' },
  interpreting: { schema: interpretingSchema, format: 'yaml', label: 'Sprachmittlung', labelSingular: 'Sprachmittlungsangebot' },
  projects: { schema: projectSchema, format: 'yaml', label: 'Projekte und Anlaufstellen', labelSingular: 'Projekt' },
  networks: { schema: networkSchema, format: 'yaml', label: 'Netzwerke', labelSingular: 'Netzwerk' },
  agreements: { schema: agreementSchema, format: 'yaml', label: 'Kooperationsvereinbarungen', labelSingular: 'Kooperationsvereinbarung' },
  journeys: { schema: journeySchema, format: 'mdx', label: 'Wegweiser', labelSingular: 'Wegweiser' },
  faq: { schema: faqSchema, format: 'yaml', label: 'Häufige Fragen', labelSingular: 'Frage' },
  checklists: { schema: checklistSchema, format: 'yaml', label: 'Mitbringlisten', labelSingular: 'Mitbringliste' },
  documents: { schema: documentSchema, format: 'yaml', label: 'Dokumente', labelSingular: 'Dokument' },
  pages: { schema: pageSchema, format: 'mdx', label: 'Seiten', labelSingular: 'Seite' },
} as const satisfies Record<CollectionName, CollectionDefinition>;

type Collections = typeof collections;
/** Validated data of one German entry of a collection. */
export type EntryData<C extends CollectionName> = z.output<Collections[C]['schema']>;

export { vocabularyFileSchema, vocabularyLabels, vocabularySchemas } from './vocabularies.ts';
export { siteConfigSchema, supportedLocales, type Locale, type SiteConfig } from './site-config.ts';
