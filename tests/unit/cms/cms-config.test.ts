import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../../cms/config/build-cms-config.ts';
import type { CmsField } from '../../../cms/config/cms-types.ts';
import { valueLabelKeys } from '../../../cms/config/field-config.ts';
import { currentCmsConfig, readBackend, readVocabularyLabels } from '../../../cms/config/render-cms-config.ts';
import de from '../../../src/i18n/ui/de.ts';
import { cmsWidgets, translationField, bodyField } from '../../../cms/widget-names.ts';
import { describeObject, type FieldInfo } from '../../../src/lib/schema/describe-fields.ts';
import { collectionNames, collections } from '../../../src/schema/index.ts';
import { mdxComponents } from '../../../src/schema/mdx-components.ts';
import { editorComponentId } from '../../../src/lib/cms/mdx-blocks.ts';

const config = currentCmsConfig({});

/** Walk schema fields and CMS fields side by side; report every field present on one side only. */
function compare(schemaFields: FieldInfo[], cmsFields: CmsField[], path: string, problems: string[]): void {
  const cmsNames = cmsFields.map((field) => field.name);
  for (const info of schemaFields) {
    const field = cmsFields.find((candidate) => candidate.name === info.key);
    if (!field) {
      problems.push(`${path}${info.key}: kein Widget`);
      continue;
    }
    const nested = info.fields ?? [];
    const isContainer = (field.widget === 'object' || field.widget === 'list') && field.fields;
    if (isContainer) compare(nested, field.fields ?? [], `${path}${info.key}.`, problems);
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
    expect(config.collections.map((collection) => collection.name)).toEqual([...collectionNames]);
    for (const collection of config.collections) {
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
    for (const collection of config.collections) {
      const schema = collections[collection.name as keyof typeof collections].schema;
      compare(describeObject(schema), collection.fields, `${collection.name}: `, problems);
    }
    expect(problems).toEqual([]);
  });

  it('carries label, hint, required flag and language setting of each field from the schema', () => {
    for (const collection of config.collections) {
      const schema = collections[collection.name as keyof typeof collections].schema;
      walkInfo(
        describeObject(schema),
        (info, field) => {
          expect(field.label, `${collection.name}.${info.key}`).toBe(info.meta?.label ?? info.key);
          if (info.meta?.hint) expect(field.hint).toBe(info.meta.hint);
          if (info.type !== 'boolean') expect(field.required, `${collection.name}.${info.key}`).toBe(info.required);
          if (info.meta?.i18n) expect(field.i18n, `${collection.name}.${info.key}`).toBe(true);
          if (info.meta?.ref) {
            expect(field.widget).toBe(cmsWidgets.relation);
            expect(field.collections).toEqual([...info.meta.ref]);
            expect(field.multiple).toBe(info.type === 'array');
          }
        },
        collection.fields,
      );
    }
  });

  it('labels every field in German, never with its key', () => {
    const unlabelled: string[] = [];
    for (const collection of config.collections)
      walk(collection.fields, (field) => {
        if (field.label === field.name) unlabelled.push(`${collection.name}.${field.name}`);
      });
    expect(unlabelled).toEqual([]);
  });

  it('keeps shared fields out of translations: only translatable fields (or their containers) are i18n', () => {
    const organisations = config.collections.find((collection) => collection.name === 'organisations')!;
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
    for (const collection of config.collections) {
      const schema = collections[collection.name as keyof typeof collections].schema;
      walkInfo(
        describeObject(schema),
        (info, field) => {
          const options = info.type === 'enum' ? info.options : info.item?.type === 'enum' ? info.item.options : undefined;
          if (!options) return;
          for (const option of options) {
            const own = (info.meta?.optionLabels ?? info.item?.meta?.optionLabels)?.[option];
            const shown = valueLabelKeys(collection.name, info.key, option).find((key) => typeof strings[key] === 'string');
            const where = `${collection.name}.${info.key}=${option}`;
            if (own && shown) problems.push(`${where}: Beschriftung doppelt (Schema und ${shown})`);
            const label = own ?? (shown ? String(strings[shown]) : undefined);
            if (!label) problems.push(`${where}: keine deutsche Beschriftung`);
            const offered = field.options?.find((candidate) => candidate.value === option);
            if (label && offered?.label !== `${label} (${option})`) problems.push(`${where}: angeboten als „${offered?.label}“`);
          }
        },
        collection.fields,
      );
    }
    expect(problems).toEqual([]);
    const pages = config.collections.find((collection) => collection.name === 'pages')!;
    expect(pages.fields.find((field) => field.name === 'visibility')!.options).toEqual([
      { label: 'Öffentlich (public)', value: 'public' },
      { label: 'Nur intern (internal)', value: 'internal' },
    ]);
    expect(pages.fields.find((field) => field.name === 'role')!.options?.[0]).toEqual({ label: 'Impressum (imprint)', value: 'imprint' });
  });

  it('offers the vocabularies and districts as choices with their German labels', () => {
    const { vocabularies } = readVocabularyLabels();
    const organisations = config.collections.find((collection) => collection.name === 'organisations')!;
    const topics = organisations.fields.find((field) => field.name === 'topics')!;
    expect(topics).toMatchObject({ widget: 'select', multiple: true });
    expect(topics.options).toEqual(vocabularies['topics']!.map((term) => ({ label: term.label, value: term.id })));
    const services = config.collections.find((collection) => collection.name === 'services')!;
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

  it('offers the MDX components as editor buttons in the bodies of journeys and pages only', () => {
    for (const collection of config.collections) {
      const body = collection.fields.find((field) => field.name === bodyField);
      if (collection.extension === 'mdx') expect(body?.['editor_components']).toEqual(Object.keys(mdxComponents).map(editorComponentId));
      else expect(body).toBeUndefined();
    }
  });

  it('uses decap-server on this machine unless a production backend is named', () => {
    expect(readBackend({})).toEqual({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' });
    expect(readBackend({ LOTSE_CMS_BACKEND: 'github' })).toMatchObject({ name: 'github', branch: 'main' });
    expect(readBackend({ LOTSE_CMS_BACKEND: 'gitlab' })).toMatchObject({ name: 'gitlab', branch: 'main', auth_type: 'pkce' });
    expect(() => readBackend({ LOTSE_CMS_BACKEND: 'bitbucket' })).toThrow(/unbekannt/);
  });

  it('is the same for the same input (what the build serves is what the generator makes)', () => {
    const { site, vocabularies } = readVocabularyLabels();
    const input = { site, vocabularies, backend: readBackend({}), uiString: () => undefined };
    expect(buildCmsConfig(input)).toEqual(buildCmsConfig(input));
  });
});
