import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '#cms/config/build-cms-config.ts';
import { isFolderCollection, type CmsField, type CmsFileCollection } from '#cms/config/cms-types.ts';
import { valueLabelKeys } from '#cms/config/field-config.ts';
import {
  cmsBackend,
  contentFolderInRepository,
  currentCmsConfig,
  localBackend,
  publishedBackend,
  readVocabularyLabels,
  renderCmsConfig,
} from '#cms/config/render-cms-config.ts';
import { resolve } from 'node:path';
import { siteConfigSchema } from '#src/schema/index.ts';
import de from '#src/i18n/ui/de.ts';
import { cmsWidgets, translationField, bodyField } from '#cms/widget-names.ts';
import { describeObject, type FieldInfo } from '#src/lib/schema/describe-fields.ts';
import { collectionNames, collections, vocabularyFileSchema, vocabularyNames, type VocabularyName } from '#src/schema/index.ts';
import { mdxComponents } from '#src/schema/mdx-components.ts';
import { publicationNames, publications, type PublicationName } from '#src/schema/publications.ts';
import { editorComponentId } from '#src/lib/cms/mdx-blocks.ts';

const config = currentCmsConfig({ development: false })!;
const folderCollections = config.collections.filter(isFolderCollection);
const vocabularyCollection = config.collections.find((collection) => collection.name === 'vocabularies') as CmsFileCollection;
const publicationCollection = config.collections.find((collection) => collection.name === 'publications') as CmsFileCollection;
const locales = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'];

/**
 * Every generated form with the schema it comes from: each content collection, and each file
 * of the vocabulary collection (named "vocabularies" for value labels).
 */
function forms(): { where: string; collection: string; schemaFields: FieldInfo[]; fields: CmsField[] }[] {
  return [
    ...folderCollections.map((collection) => ({
      where: collection.name,
      collection: collection.name,
      schemaFields: describeObject(collections[collection.name as keyof typeof collections].schema),
      fields: collection.fields,
    })),
    ...(vocabularyCollection?.files ?? []).map((file) => ({
      where: `vocabularies/${file.name}`,
      collection: 'vocabularies',
      schemaFields: describeObject(vocabularyFileSchema(file.name as VocabularyName)),
      fields: file.fields,
    })),
    ...(publicationCollection?.files ?? []).map((file) => ({
      where: `publications/${file.name}`,
      collection: 'publications',
      schemaFields: describeObject(publications[file.name as PublicationName].schema),
      fields: file.fields,
    })),
  ];
}

/** Walk schema fields and CMS fields side by side; report every field present on one side only. */
function compare(schemaFields: FieldInfo[], cmsFields: CmsField[], path: string, problems: string[]): void {
  const cmsNames = cmsFields.map((field) => field.name);
  for (const info of schemaFields) {
    const field = cmsFields.find((candidate) => candidate.name === info.key);
    if (!field) {
      problems.push(`${path}${info.key}: kein Widget`);
      continue;
    }
    if (info.type === 'map') {
      // A label map: one text field per language of the site.
      const keys = (field.fields ?? []).map((child) => child.name);
      if (field.widget !== 'object' || keys.join() !== locales.join()) problems.push(`${path}${info.key}: Sprachen ${keys.join(', ')}`);
      continue;
    }
    const nested = info.fields ?? [];
    const isContainer = (field.widget === 'object' || field.widget === 'list') && field.fields;
    if (isContainer) compare(nested, field.fields ?? [], `${path}${info.key}.`, problems);
    // Objects and lists of objects need their parts, unless a widget of our own edits the whole.
    else if (nested.length > 0 && !info.meta?.widget) problems.push(`${path}${info.key}: Widget ohne Unterfelder`);
  }
  for (const name of cmsNames) {
    if (!schemaFields.some((info) => info.key === name) && name !== translationField && name !== bodyField) {
      problems.push(`${path}${name}: Widget ohne Schemafeld`);
    }
  }
}

function walk(fields: CmsField[], visit: (field: CmsField) => void): void {
  for (const field of fields) {
    visit(field);
    walk(field.fields ?? [], visit);
  }
}

function walkInfo(fields: FieldInfo[], visit: (info: FieldInfo, field: CmsField) => void, cmsFields: CmsField[]): void {
  for (const info of fields) {
    const field = cmsFields.find((candidate) => candidate.name === info.key);
    if (!field) continue;
    visit(info, field);
    if (info.fields && field.fields) walkInfo(info.fields, visit, field.fields);
  }
}

describe('the generated CMS configuration', () => {
  it('has one folder collection per content collection, stored the way the build reads it', () => {
    expect(config.collections.map((collection) => collection.name)).toEqual([...collectionNames, 'vocabularies', 'publications']);
    expect(folderCollections.map((collection) => collection.name)).toEqual([...collectionNames]);
    for (const collection of folderCollections) {
      expect(collection.folder).toBe(`content/${collection.name}`);
      expect(collection.extension).toBe(collections[collection.name as keyof typeof collections].format);
      expect(collection.i18n).toBe(true);
    }
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'],
      default_locale: 'de',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('de');
  });

  it('gives every schema field a widget and every widget a schema field', () => {
    const problems: string[] = [];
    for (const form of forms()) compare(form.schemaFields, form.fields, `${form.where}: `, problems);
    expect(problems).toEqual([]);
    // The vocabularies are among the forms compared.
    expect(forms().filter((form) => form.collection === 'vocabularies')).toHaveLength(vocabularyNames.length);
  });

  it('carries label, hint, required flag and language setting of each field from the schema', () => {
    for (const form of forms()) {
      walkInfo(
        form.schemaFields,
        (info, field) => {
          expect(field.label, `${form.where}.${info.key}`).toBe(info.meta?.label ?? info.key);
          if (info.meta?.hint) expect(field.hint).toBe(info.meta.hint);
          if (info.type !== 'boolean') expect(field.required, `${form.where}.${info.key}`).toBe(info.required);
          if (info.meta?.i18n) expect(field.i18n, `${form.where}.${info.key}`).toBe(true);
          if (info.meta?.ref) {
            expect(field.widget).toBe(cmsWidgets.relation);
            expect(field.collections).toEqual([...info.meta.ref]);
            expect(field.multiple).toBe(info.type === 'array');
          }
        },
        form.fields,
      );
    }
  });

  it('uploads the PDFs of documents into content/media, published under /media/', () => {
    expect(config.media_folder).toBe('content/media');
    expect(config.public_folder).toBe('/media');
    const documents = folderCollections.find((collection) => collection.name === 'documents')!;
    expect(documents.fields.find((field) => field.name === 'file')).toMatchObject({ widget: 'file', required: false, i18n: false });
  });

  it('lets editors compose the counter brochure in a file of its own, with entries in an order they choose', () => {
    expect(publicationCollection.files.map((file) => file.file)).toEqual(['content/publications/counter-brochure.yaml']);
    const chapters = publicationCollection.files[0]!.fields.find((field) => field.name === 'chapters')!;
    expect(chapters.fields?.find((field) => field.name === 'entries')).toMatchObject({
      widget: cmsWidgets.relation,
      multiple: true,
      ordered: true,
    });
  });

  it('labels every field in German, never with its key', () => {
    const unlabelled: string[] = [];
    for (const form of forms())
      walk(form.fields, (field) => {
        if (field.label === field.name) unlabelled.push(`${form.where}.${field.name}`);
      });
    expect(unlabelled).toEqual([]);
  });

  it('keeps shared fields out of translations: only translatable fields (or their containers) are i18n', () => {
    const organisations = folderCollections.find((collection) => collection.name === 'organisations')!;
    const byName = (fields: CmsField[], name: string) => fields.find((field) => field.name === name)!;
    expect(byName(organisations.fields, 'title').i18n).toBe(true);
    expect(byName(organisations.fields, 'topics').i18n).toBe(false);
    expect(byName(organisations.fields, 'reviewed').i18n).toBe(false);
    const locations = byName(organisations.fields, 'locations');
    expect(locations.i18n).toBe(true);
    expect(byName(locations.fields!, 'name').i18n).toBe(true);
    expect(byName(locations.fields!, 'address').i18n).toBe(false);
    expect(byName(byName(locations.fields!, 'address').fields!, 'coordinates')).toMatchObject({
      widget: cmsWidgets.coordinates,
      i18n: false,
    });
    expect(byName(locations.fields!, 'openingHours')).toMatchObject({ widget: cmsWidgets.openingHours, i18n: false, required: false });
  });

  it('labels every fixed value (enum) in German from exactly one source: the field’s own labels or the UI strings', () => {
    const strings = de as Record<string, unknown>;
    const problems: string[] = [];
    for (const form of forms()) {
      walkInfo(
        form.schemaFields,
        (info, field) => {
          const options = info.type === 'enum' ? info.options : info.item?.type === 'enum' ? info.item.options : undefined;
          if (!options) return;
          for (const option of options) {
            const own = (info.meta?.optionLabels ?? info.item?.meta?.optionLabels)?.[option];
            const shown = valueLabelKeys(form.collection, info.key, option).find((key) => typeof strings[key] === 'string');
            const where = `${form.where}.${info.key}=${option}`;
            if (own && shown) problems.push(`${where}: Beschriftung doppelt (Schema und ${shown})`);
            const label = own ?? (shown ? String(strings[shown]) : undefined);
            if (!label) problems.push(`${where}: keine deutsche Beschriftung`);
            const offered = field.options?.find((candidate) => candidate.value === option);
            if (label && offered?.label !== `${label} (${option})`) problems.push(`${where}: angeboten als „${offered?.label}“`);
          }
        },
        form.fields,
      );
    }
    expect(problems).toEqual([]);
    const pages = folderCollections.find((collection) => collection.name === 'pages')!;
    expect(pages.fields.find((field) => field.name === 'visibility')!.options).toEqual([
      { label: 'Öffentlich (public)', value: 'public' },
      { label: 'Nur intern (internal)', value: 'internal' },
    ]);
    expect(pages.fields.find((field) => field.name === 'role')!.options?.[0]).toEqual({ label: 'Impressum (imprint)', value: 'imprint' });
  });

  it('offers the vocabularies and districts as choices with their German labels', () => {
    const { vocabularies } = readVocabularyLabels();
    const organisations = folderCollections.find((collection) => collection.name === 'organisations')!;
    const topics = organisations.fields.find((field) => field.name === 'topics')!;
    expect(topics).toMatchObject({ widget: 'select', multiple: true });
    expect(topics.options).toEqual(vocabularies['topics']!.map((term) => ({ label: term.label, value: term.id })));
    const services = folderCollections.find((collection) => collection.name === 'services')!;
    const districts = services.fields.find((field) => field.name === 'districts')!;
    expect(districts.options?.map((option) => option.value)).toEqual([
      'altstadt',
      'bahnhofsviertel',
      'nordstadt',
      'suedstadt',
      'westend',
      'am-see',
      'oberdorf',
    ]);
  });

  it('has a file collection “Vokabulare” with one file per vocabulary, stored where the check reads it, without Decap i18n', () => {
    expect(vocabularyCollection).toMatchObject({ label: 'Vokabulare', i18n: false });
    expect(vocabularyCollection.files.map((file) => [file.name, file.file])).toEqual(
      vocabularyNames.map((name) => [name, `content/vocabularies/${name}.yaml`]),
    );
    const translatable: string[] = [];
    for (const file of vocabularyCollection.files) {
      expect(file.label, file.name).not.toBe(file.name);
      walk(file.fields, (field) => {
        if (field.i18n !== false) translatable.push(`${file.name}.${field.name}`);
      });
    }
    expect(translatable).toEqual([]);
  });

  it('edits a vocabulary as a list of terms, label maps as one text per site language, synonyms as lines', () => {
    const fileFields = (name: string) => vocabularyCollection.files.find((file) => file.name === name)!.fields;
    const topics = fileFields('topics');
    expect(topics.map((field) => field.name)).toEqual(['terms']);
    expect(topics[0]).toMatchObject({ widget: 'list', label: 'Begriffe', label_singular: 'Begriff', required: true });
    const label = topics[0]!.fields!.find((field) => field.name === 'label')!;
    expect(label.widget).toBe('object');
    expect(label.fields!.map((field) => [field.name, field.required])).toEqual(locales.map((locale) => [locale, locale === 'de']));
    expect(label.fields![0]!.label).toBe('Deutsch (de)');
    const synonyms = fileFields('synonyms')[0]!.fields!;
    expect(synonyms.map((field) => field.name)).toEqual(['id', 'terms', 'note']);
    expect(synonyms[1]).toMatchObject({ widget: 'list', label_singular: 'Suchbegriff', field: { widget: 'string' } });
    const frequencies = fileFields('frequencies')[0]!.fields!;
    expect(frequencies.find((field) => field.name === 'perYear')).toMatchObject({ widget: 'number', min: 0, max: 365 });
  });

  it('offers the MDX components as editor buttons in the bodies of journeys and pages only', () => {
    for (const collection of folderCollections) {
      const body = collection.fields.find((field) => field.name === bodyField);
      if (collection.extension === 'mdx') expect(body?.['editor_components']).toEqual(Object.keys(mdxComponents).map(editorComponentId));
      else expect(body).toBeUndefined();
    }
  });

  it('uses decap-server on this machine in development, whatever the site configures', () => {
    const { site } = readVocabularyLabels();
    expect(cmsBackend(site, { development: true, env: {} })).toEqual({
      name: 'proxy',
      proxy_url: 'http://localhost:8081/api/v1',
      branch: 'main',
    });
    expect(localBackend({ LOTSE_CMS_PROXY_URL: 'http://127.0.0.1:9000/api/v1' })).toMatchObject({
      proxy_url: 'http://127.0.0.1:9000/api/v1',
    });
  });

  it('takes the published backend from site.config.yaml, never the local one', () => {
    const { site } = readVocabularyLabels();
    expect(cmsBackend(site, { development: false, env: { LOTSE_CMS_PROXY_URL: 'http://localhost:8081/api/v1' } })).toEqual({
      name: 'github',
      repo: 'musterstadt/lotse',
      branch: 'main',
      base_url: 'https://cms-auth.musterstadt.example.org',
      auth_endpoint: 'auth',
      cms_label_prefix: 'redaktion/',
      squash_merges: true,
    });
    expect(
      publishedBackend({ backend: 'github', repo: 'a/b', branch: 'live', loginUrl: 'https://login.example.org/decap/auth' }),
    ).toMatchObject({
      branch: 'live',
      base_url: 'https://login.example.org/decap',
      auth_endpoint: 'auth',
    });
    const gitlab = siteConfigSchema.shape.cms.parse({ backend: 'gitlab', repo: 'stadt/web/lotse', appId: 'a'.repeat(64) });
    expect(publishedBackend(gitlab)).toEqual({
      name: 'gitlab',
      repo: 'stadt/web/lotse',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'a'.repeat(64),
      base_url: 'https://gitlab.com',
      api_root: 'https://gitlab.com/api/v4',
      cms_label_prefix: 'redaktion/',
      squash_merges: true,
    });
  });

  it('publishes no CMS at all for a site edited only locally', () => {
    expect(publishedBackend({ backend: 'local' })).toBeUndefined();
    expect(renderCmsConfig(undefined)).not.toMatch(/localhost|backend:/);
  });

  it('points every collection at the content folder in use (LOTSE_CONTENT_DIR)', () => {
    const folder = contentFolderInRepository(resolve('sites/beispielstadt/content'));
    expect(folder).toBe('sites/beispielstadt/content');
    const { site, vocabularies } = readVocabularyLabels();
    const other = buildCmsConfig({ site, vocabularies, backend: localBackend({}), contentFolder: folder, uiString: () => undefined });
    const paths = other.collections.flatMap((collection) =>
      isFolderCollection(collection) ? [collection.folder] : collection.files.map((file) => file.file),
    );
    expect(paths.length).toBe(collectionNames.length + vocabularyNames.length + publicationNames.length);
    for (const path of paths) expect(path).toMatch(/^sites\/beispielstadt\/content\/[a-z-]+(\/[a-z-]+\.yaml)?$/);
  });

  it('is the same for the same input (what the build serves is what the generator makes)', () => {
    const { site, vocabularies } = readVocabularyLabels();
    const input = { site, vocabularies, backend: localBackend({}), contentFolder: 'content', uiString: () => undefined };
    expect(buildCmsConfig(input)).toEqual(buildCmsConfig(input));
  });
});
