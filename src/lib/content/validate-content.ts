import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import {
  collections,
  siteConfigSchema,
  vocabularyNames,
  vocabularySchemas,
  type CollectionName,
  type SiteConfig,
} from '../../schema/index.ts';
import type { VocabularyTerm } from '../../schema/vocabularies.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';
import { translatableKeys, translationSchema } from '../schema/translation.ts';
import { checkMdx } from './check-mdx.ts';
import { formatPath, type Problem } from './problem.ts';
import { parseYaml, readContent, type SourceFile } from './read-content.ts';

/** A German entry that passed its schema. */
export interface ContentEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

/** A translation file that passed its (derived) schema. */
export interface ContentTranslation extends ContentEntry {
  locale: string;
}

/** Vocabulary terms by vocabulary name; `districts` come from the site configuration. */
export type Vocabularies = Record<string, VocabularyTerm[]>;

export interface ValidatedContent {
  site: SiteConfig;
  entries: ContentEntry[];
  translations: ContentTranslation[];
  vocabularies: Vocabularies;
}

export interface ValidationResult {
  problems: Problem[];
  /** Present when the site configuration itself is valid (entries may still have problems). */
  content?: ValidatedContent;
}

const typeNames: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  int: 'ganze Zahl',
  boolean: 'true oder false',
  array: 'Liste',
  object: 'Gruppe von Feldern',
  date: 'Datum',
};

function typeOfValue(value: unknown): string {
  if (value === null) return 'leer (null)';
  if (Array.isArray(value)) return 'Liste';
  if (value instanceof Date) return 'Datum';
  return typeNames[typeof value] ?? typeof value;
}

/** Find the field description at a path like ["locations", 0, "address", "street"]. */
function fieldAt(fields: FieldInfo[], path: readonly PropertyKey[]): FieldInfo | undefined {
  let current: FieldInfo | undefined;
  let level: FieldInfo[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') continue;
    current = level?.find((field) => field.key === key);
    level = current?.fields;
  }
  return current;
}

/** German one-line message for a zod issue, including what to do. */
function describeIssue(issue: z.core.$ZodIssue, info: FieldInfo | undefined, isTranslation: boolean): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'fehlt – dieses Pflichtfeld ausfüllen';
      const expected = typeNames[issue.expected] ?? issue.expected;
      const fix =
        issue.expected === 'array'
          ? ' – als Liste schreiben, jede Zeile mit „- “'
          : issue.expected === 'string'
            ? ' – Wert in Anführungszeichen setzen'
            : issue.expected === 'boolean'
              ? ' – true oder false eintragen'
              : '';
      return `hat den falschen Typ: erwartet ${expected}, gefunden ${typeOfValue(input)}${fix}`;
    }
    case 'invalid_value':
      return `„${String(input)}“ ist nicht erlaubt – möglich sind: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return isTranslation
        ? `${issue.keys.map((key) => `„${key}“`).join(', ')} nicht übersetzbar oder unbekannt – gemeinsame Felder nur in der deutschen Datei pflegen und hier löschen`
        : `unbekanntes Feld ${issue.keys.map((key) => `„${key}“`).join(', ')} – Tippfehler? Erlaubt sind: ${(info?.fields ?? []).map((field) => field.key).join(', ')}`;
    default:
      return issue.message;
  }
}

function schemaProblems(
  file: string,
  schema: z.ZodType,
  fields: FieldInfo[],
  data: unknown,
  isTranslation = false,
): { problems: Problem[]; data?: Record<string, unknown> } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const problems = result.error.issues.map((issue): Problem => {
    const path = issue.path;
    const info = path.length > 0 ? fieldAt(fields, path) : undefined;
    const root: FieldInfo = { key: '', path: [], type: 'object', required: true, meta: undefined, fields, schema };
    return {
      file,
      ...(path.length > 0 ? { field: formatPath(path) } : {}),
      ...(info?.meta?.label ? { label: info.meta.label } : {}),
      message: describeIssue(issue, path.length > 0 ? info : root, isTranslation),
    };
  });
  return { problems };
}

/** Visit every value of `data` that the schema describes, with its path. */
function walkValues(
  fields: FieldInfo[],
  data: Record<string, unknown>,
  path: PropertyKey[],
  insideInternal: boolean,
  visit: (field: FieldInfo, value: unknown, path: PropertyKey[], internal: boolean, parent: Record<string, unknown>) => void,
): void {
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    const here = [...path, field.key];
    const internal = insideInternal || field.meta?.internal === true;
    visit(field, value, here, internal, data);
    if (field.type === 'object' && field.fields && typeof value === 'object') {
      walkValues(field.fields, value as Record<string, unknown>, here, internal, visit);
    }
    if (field.type === 'array' && field.item?.fields && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item === 'object') {
          walkValues(field.item?.fields ?? [], item as Record<string, unknown>, [...here, index], internal, visit);
        }
      });
    }
  }
}

function suggestion(value: string, candidates: string[]): string {
  if (candidates.length === 0) return '';
  return ` – meinten Sie „${closest(value, candidates)}“?`;
}

function checkVocabularies(
  site: SiteConfig,
  sources: { name: string; file: string; data: unknown }[],
  problems: Problem[],
  configFile: string,
): Vocabularies {
  const vocabularies: Vocabularies = {
    districts: site.districts.map((district) => ({ id: district.id, label: district.label })),
  };
  for (const name of vocabularyNames) {
    const source = sources.find((vocabulary) => vocabulary.name === name);
    if (!source) {
      problems.push({ file: `vocabularies/${name}.yaml`, message: `Vokabular fehlt – Datei content/vocabularies/${name}.yaml mit einer Liste von Begriffen anlegen` });
      vocabularies[name] = [];
      continue;
    }
    const schema = z.array(vocabularySchemas[name]);
    const fields = describeObject(vocabularySchemas[name] as unknown as z.ZodObject);
    const checked = schemaProblems(source.file, schema, fields, source.data);
    for (const problem of checked.problems) {
      // "[3].label" → "arbeit.label": editors find a term by its id, not by its position.
      const [, index, rest = ''] = /^\[(\d+)\](.*)$/.exec(problem.field ?? '') ?? [];
      const termId = index === undefined ? undefined : (source.data as { id?: unknown }[] | undefined)?.[Number(index)]?.id;
      problems.push(typeof termId === 'string' ? { ...problem, field: `${termId}${rest}` } : problem);
    }
    const terms = (checked.data as unknown as VocabularyTerm[] | undefined) ?? [];
    const seen = new Set<string>();
    for (const term of terms) {
      if (seen.has(term.id)) problems.push({ file: source.file, message: `Begriff „${term.id}“ kommt doppelt vor – einen der beiden umbenennen oder löschen` });
      seen.add(term.id);
      for (const map of [term.label, term.description]) {
        for (const locale of Object.keys(map ?? {})) {
          if (!site.locales.includes(locale as never)) {
            problems.push({ file: source.file, field: `${term.id}`, message: `unbekannte Sprache „${locale}“ in der Bezeichnung – erlaubt: ${site.locales.join(', ')}` });
          }
        }
      }
    }
    vocabularies[name] = terms;
  }
  for (const district of site.districts) {
    for (const locale of Object.keys(district.label)) {
      if (!site.locales.includes(locale as never)) {
        problems.push({ file: configFile, field: `districts.${district.id}`, message: `unbekannte Sprache „${locale}“ – erlaubt: ${site.locales.join(', ')}` });
      }
    }
  }
  return vocabularies;
}

/** Load and validate the site configuration file. */
export async function loadSiteConfig(configFile: string, cwd = process.cwd()): Promise<{ site?: SiteConfig; problems: Problem[] }> {
  const shown = relative(cwd, configFile) || configFile;
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch {
    return { problems: [{ file: shown, message: 'Konfigurationsdatei nicht gefunden – site.config.yaml im Projektordner anlegen' }] };
  }
  const parsed = parseYaml(text, shown);
  if (parsed.problem) return { problems: [parsed.problem] };
  const checked = schemaProblems(shown, siteConfigSchema, describeObject(siteConfigSchema as unknown as z.ZodObject), parsed.data);
  return checked.data ? { site: checked.data as unknown as SiteConfig, problems: [] } : { problems: checked.problems };
}

/**
 * Validate a whole content folder against the schemas and against itself: syntax, fields,
 * unique ids, references (with the closest existing id), vocabularies, locations, MDX safety,
 * and that no public field points at an internal entry.
 */
export async function validateContent(options: {
  contentDir: string;
  configFile: string;
  cwd?: string;
}): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = await loadSiteConfig(options.configFile, cwd);
  if (!config.site) return { problems: config.problems };
  const site = config.site;
  const configShown = relative(cwd, options.configFile) || options.configFile;

  const read = await readContent(options.contentDir, site.locales, cwd);
  const problems: Problem[] = [...read.problems];
  const vocabularies = checkVocabularies(site, read.vocabularies, problems, configShown);
  const sourceLocale = site.locales[0];

  const entries: ContentEntry[] = [];
  const translations: ContentTranslation[] = [];
  const fieldsByCollection = new Map<CollectionName, FieldInfo[]>();
  const fieldsOf = (collection: CollectionName) => {
    let fields = fieldsByCollection.get(collection);
    if (!fields) {
      fields = describeObject(collections[collection].schema);
      fieldsByCollection.set(collection, fields);
    }
    return fields;
  };

  // 1. Every file against its schema (German: the full schema; translations: the derived one).
  const byId = new Map<string, ContentEntry>();
  const pendingTranslations: SourceFile[] = [];
  for (const file of read.files) {
    if (file.locale !== sourceLocale) {
      pendingTranslations.push(file);
      continue;
    }
    const definition = collections[file.collection];
    const checked = schemaProblems(file.file, definition.schema, fieldsOf(file.collection), file.data);
    problems.push(...checked.problems);
    const existing = byId.get(file.id);
    if (existing) {
      problems.push({ file: file.file, message: `die ID „${file.id}“ gibt es schon (${existing.file}) – IDs müssen über alle Sammlungen eindeutig sein; Datei umbenennen` });
      continue;
    }
    const entry: ContentEntry = {
      collection: file.collection,
      id: file.id,
      file: file.file,
      data: checked.data ?? file.data,
      ...(file.body !== undefined ? { body: file.body } : {}),
    };
    byId.set(file.id, entry);
    if (checked.data) entries.push(entry);
  }

  for (const file of pendingTranslations) {
    const german = byId.get(file.id);
    if (!german || german.collection !== file.collection) {
      const ids = [...byId.values()].filter((entry) => entry.collection === file.collection).map((entry) => entry.id);
      problems.push({
        file: file.file,
        message: `Übersetzung ohne deutsche Fassung – content/${file.collection}/${sourceLocale}/${file.id}.${collections[file.collection].format} fehlt${suggestion(file.id, ids)}`,
      });
      continue;
    }
    const schema = translationSchema(collections[file.collection].schema);
    const checked = schemaProblems(file.file, schema, fieldsOf(file.collection), file.data, true);
    problems.push(...checked.problems);
    if (checked.data) {
      translations.push({
        collection: file.collection,
        id: file.id,
        locale: file.locale,
        file: file.file,
        data: checked.data,
        ...(file.body !== undefined ? { body: file.body } : {}),
      });
    }
  }

  // 2. References, vocabulary terms and location ids; also in entries that failed their
  // schema, so an editor sees every problem of a file at once.
  const allEntries = [...byId.values()];
  const idsIn = (allowed: readonly string[]) =>
    allEntries.filter((entry) => allowed.includes(entry.collection)).map((entry) => entry.id);
  const checkReference = (file: string, fieldPath: string, label: string | undefined, id: string, allowed: readonly string[], fromPublic: boolean) => {
    const target = byId.get(id);
    const at = { file, field: fieldPath, ...(label ? { label } : {}) };
    if (!target) {
      problems.push({ ...at, message: `verweist auf „${id}“, das es nicht gibt${suggestion(id, idsIn(allowed))}` });
    } else if (!allowed.includes(target.collection)) {
      problems.push({ ...at, message: `„${id}“ ist ein Eintrag in „${target.collection}“, hier sind nur ${allowed.join(', ')} erlaubt${suggestion(id, idsIn(allowed))}` });
    } else if (fromPublic && target.data['visibility'] === 'internal') {
      problems.push({ ...at, message: `verweist auf den internen Eintrag „${id}“, der öffentlich fehlen würde – Verweis entfernen oder den Eintrag auf „public“ stellen` });
    }
  };

  for (const entry of allEntries) {
    const entryIsPublic = entry.data['visibility'] !== 'internal';
    walkValues(fieldsOf(entry.collection), entry.data, [], false, (field, value, path, internal, parent) => {
      const meta = field.meta;
      if (!meta) return;
      const fieldPath = formatPath(path);
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      if (meta.ref) {
        values.forEach((id, index) =>
          checkReference(entry.file, Array.isArray(value) ? `${fieldPath}[${index}]` : fieldPath, meta.label, String(id), meta.ref ?? [], entryIsPublic && !internal),
        );
      }
      if (meta.vocabulary) {
        const known = (vocabularies[meta.vocabulary] ?? []).map((term) => term.id);
        values.forEach((termId, index) => {
          if (!known.includes(String(termId))) {
            problems.push({
              file: entry.file,
              field: Array.isArray(value) ? `${fieldPath}[${index}]` : fieldPath,
              label: meta.label,
              message: `„${String(termId)}“ ist kein Begriff im Vokabular „${meta.vocabulary}“${suggestion(String(termId), known)}`,
            });
          }
        });
      }
      if (meta.widget === 'location-ids' && meta.locationsOf) {
        const owner = byId.get(String(parent[meta.locationsOf] ?? ''));
        const known = ((owner?.data['locations'] as { id: string }[] | undefined) ?? []).map((location) => location.id);
        if (!owner) return;
        values.forEach((locationId, index) => {
          if (!known.includes(String(locationId))) {
            problems.push({
              file: entry.file,
              field: `${fieldPath}[${index}]`,
              label: meta.label,
              message: `„${String(locationId)}“ ist kein Standort von „${owner.id}“${known.length ? suggestion(String(locationId), known) : ' – dort sind keine Standorte eingetragen'}`,
            });
          }
        });
      }
    });
    const locationIdsSeen = new Set<string>();
    for (const [index, location] of ((entry.data['locations'] as { id?: string }[] | undefined) ?? []).entries()) {
      if (location.id && locationIdsSeen.has(location.id)) {
        problems.push({ file: entry.file, field: `locations[${index}].id`, message: `Standort-Kennung „${location.id}“ kommt doppelt vor – eindeutig benennen` });
      }
      if (location.id) locationIdsSeen.add(location.id);
    }
  }

  // 3. MDX bodies: no code, only known components with existing entries.
  const mdxFiles = [...entries, ...translations].filter((entry) => entry.body !== undefined);
  for (const entry of mdxFiles) {
    const offset = read.files.find((file) => file.file === entry.file)?.bodyOffset ?? 0;
    const result = checkMdx(entry.body ?? '', offset);
    for (const problem of result.problems) problems.push({ file: entry.file, ...problem });
    for (const reference of result.references) {
      const target = byId.get(reference.value);
      if (!target || !reference.collections.includes(target.collection)) {
        problems.push({
          file: entry.file,
          ...(reference.line ? { line: reference.line } : {}),
          message: `<${reference.component} ${reference.prop}="${reference.value}">: diesen Eintrag gibt es nicht${suggestion(reference.value, idsIn(reference.collections))}`,
        });
      }
    }
  }

  // 4. The site configuration points at the immigration office.
  const hub = byId.get(site.hub);
  if (!hub || hub.collection !== 'organisations') {
    problems.push({ file: configShown, field: 'hub', message: `„${site.hub}“ ist keine Organisation${suggestion(site.hub, idsIn(['organisations']))}` });
  }

  return { problems, content: { site, entries, translations, vocabularies } };
}

/** Keys allowed in translation files of a collection (for editor messages and the CMS). */
export function translatableFieldsOf(collection: CollectionName): string[] {
  return translatableKeys(collections[collection].schema);
}
