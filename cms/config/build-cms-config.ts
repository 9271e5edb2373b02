import { describeObject } from '#src/lib/schema/describe-fields.ts';
import { editorComponentId } from '#src/lib/cms/mdx-blocks.ts';
import {
  collectionNames,
  collections,
  vocabularyFileSchema,
  vocabularyLabels,
  vocabularyNames,
  type CollectionName,
  type SiteConfig,
} from '#src/schema/index.ts';
import { mdxComponents } from '#src/schema/mdx-components.ts';
import { publicationNames, publications } from '#src/schema/publications.ts';
import { media } from '#src/schema/shared/media.ts';
import type { CmsCollection, CmsConfig, CmsFileCollection } from './cms-types.ts';
import { bodyFieldConfig, fieldConfig, translationFieldConfig, type FieldContext } from './field-config.ts';

/** Everything the configuration is made from besides the schemas. */
export interface CmsConfigInput {
  site: SiteConfig;
  /** Terms per vocabulary with German labels; `districts` included. */
  vocabularies: Record<string, { id: string; label: string }[]>;
  /** German UI string for a key (option labels of fixed values). */
  uiString: (key: string) => string | undefined;
  /** The `backend` block (see render-cms-config.ts). */
  backend: Record<string, unknown>;
  /** The content folder in the repository, e.g. "content" (LOTSE_CONTENT_DIR follows). */
  contentFolder: string;
}

/** One sentence per collection, shown above its entry list in the CMS. */
const descriptions: Record<CollectionName, string> = {
  organisations: 'Behörden, Wohlfahrtsverbände, Träger, Kammern und weitere Stellen mit ihren Standorten.',
  associations: 'Vereine, Migrantenorganisationen, Initiativen und ehrenamtliche Gruppen.',
  responsibilities: 'Wer ist wofür zuständig? Ein Anliegen und die Stelle, die es bearbeitet.',
  services: 'Beratungsangebote wie MBE, JMD oder FIB, mit Zielgruppen und Sprachen.',
  interpreting: 'Dolmetsch- und Sprachmittlungsangebote: wer sie anfragen kann und wie.',
  projects: 'Befristete Projekte und Anlaufstellen. Nach dem Ende verschwinden sie von der öffentlichen Seite.',
  networks: 'Netzwerke und Gremien mit Federführung, Mitgliedern und Sitzungen.',
  agreements: 'Kooperationsvereinbarungen der Ausländerbehörde. Abläufe, Risiken und Kontakte sind intern.',
  journeys: 'Wegweiser: Schritt für Schritt durch eine Lebenslage.',
  faq: 'Häufige Fragen mit kurzer und ausführlicher Antwort.',
  checklists: 'Mitbringlisten für Termine.',
  documents:
    'Dokumente des Netzwerks: Integrationskonzept, Leitbild, Geschäftsordnungen, öffentliche Fassungen von Vereinbarungen, mehrsprachige Merkblätter. Als PDF hochladen oder verlinken.',
  pages: 'Redaktionelle Seiten: Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache.',
};

function collectionConfig(name: CollectionName, context: Omit<FieldContext, 'collection'>, contentFolder: string): CmsCollection {
  const definition = collections[name];
  const fieldContext: FieldContext = { ...context, collection: name };
  const fields = describeObject(definition.schema).map((info) => fieldConfig(info, fieldContext));
  if (definition.format === 'mdx') {
    fields.push(bodyFieldConfig(Object.keys(mdxComponents).map(editorComponentId)));
  }
  fields.push(translationFieldConfig());
  const hasShortName = fields.some((field) => field.name === 'shortName');
  return {
    name,
    label: definition.label,
    label_singular: definition.labelSingular,
    description: descriptions[name],
    folder: `${contentFolder}/${name}`,
    extension: definition.format,
    format: definition.format === 'mdx' ? 'frontmatter' : 'yaml',
    create: true,
    delete: true,
    i18n: true,
    identifier_field: 'title',
    // The file name is the id (unique across collections, checked by `npm run check`).
    slug: '{{slug}}',
    summary: hasShortName ? '{{title}} {{shortName}}' : '{{title}}',
    sortable_fields: ['title', 'reviewed'],
    editor: { preview: true },
    fields,
  };
}

/** Name of the file collection holding the vocabularies (also its folder in the content folder). */
export const vocabularyCollection = 'vocabularies';

/**
 * The vocabularies as one file collection, a file per vocabulary, fields generated from the
 * term schemas. A vocabulary file holds every language itself (label maps), so Decap's i18n
 * stays off: there is one file, written in German, with all labels inside.
 */
function vocabularyCollectionConfig(context: Omit<FieldContext, 'collection'>, contentFolder: string): CmsFileCollection {
  const fieldContext: FieldContext = { ...context, collection: vocabularyCollection };
  return {
    name: vocabularyCollection,
    label: 'Vokabulare',
    label_singular: 'Vokabular',
    description:
      'Themen, Zielgruppen, Sprachen und weitere Begriffslisten, aus denen Einträge wählen, und die Suchbegriffe (Synonyme). Eine Kennung, die Einträge verwenden, nicht löschen oder umbenennen: Die Prüfung schlägt sonst fehl.',
    i18n: false,
    editor: { preview: false },
    files: vocabularyNames.map((name) => ({
      name,
      label: vocabularyLabels[name].label,
      file: `${contentFolder}/${vocabularyCollection}/${name}.yaml`,
      fields: describeObject(vocabularyFileSchema(name)).map((info) => fieldConfig(info, fieldContext)),
    })),
  };
}

/** Name of the file collection holding the publications (also its folder under content/). */
export const publicationCollection = 'publications';

/**
 * Publications the editors compose from entries (the counter brochure), one file each, fields
 * generated from their schemas. Like the vocabularies, a file holds no translatable text.
 */
function publicationCollectionConfig(context: Omit<FieldContext, 'collection'>, contentFolder: string): CmsFileCollection {
  const fieldContext: FieldContext = { ...context, collection: publicationCollection };
  return {
    name: publicationCollection,
    label: 'Veröffentlichungen',
    label_singular: 'Veröffentlichung',
    description: 'Drucksachen, die die Redaktion aus Einträgen zusammenstellt, z. B. die Kurzfassung der Broschüre für den Schalter.',
    i18n: false,
    editor: { preview: false },
    files: publicationNames.map((name) => ({
      name,
      label: publications[name].label,
      file: `${contentFolder}/${publicationCollection}/${name}.yaml`,
      fields: describeObject(publications[name].schema).map((info) => fieldConfig(info, fieldContext)),
    })),
  };
}

/**
 * The Decap CMS configuration, generated from the zod schemas: one folder collection per
 * content collection and a file collection for the vocabularies, every field with its German label, hint, required flag, i18n setting
 * and widget. Served as /admin/config.yml (src/pages/admin/config.yml.ts).
 */
export function buildCmsConfig(input: CmsConfigInput): CmsConfig {
  const context: Omit<FieldContext, 'collection'> = {
    vocabularies: input.vocabularies,
    uiString: input.uiString,
    collectionLabels: Object.fromEntries(collectionNames.map((name) => [name, collections[name].label])),
    locales: input.site.locales,
  };
  const [defaultLocale = 'de'] = input.site.locales;
  return {
    locale: 'de',
    backend: input.backend,
    publish_mode: 'editorial_workflow',
    site_url: input.site.url,
    display_url: input.site.url,
    // Uploads (the PDFs of the documents collection) live with the content and are published
    // under /media/ (src/pages/media/[...file].ts).
    media_folder: `${input.contentFolder}/${media.folder}`,
    public_folder: media.publicPath.replace(/\/$/, ''),
    show_preview_links: false,
    i18n: { structure: 'multiple_folders', locales: [...input.site.locales], default_locale: defaultLocale },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...collectionNames.map((name) => collectionConfig(name, context, input.contentFolder)),
      vocabularyCollectionConfig(context, input.contentFolder),
      publicationCollectionConfig(context, input.contentFolder),
    ],
  };
}
