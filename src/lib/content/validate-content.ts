import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import {
  collections,
  siteConfigSchema,
  optionalVocabularyNames,
  vocabularyNames,
  vocabularySchemas,
  type CollectionName,
  type SiteConfig,
} from '#src/schema/index.ts';
import { publications as publicationDefinitions, type CounterBrochure, type PublicationName } from '#src/schema/publications.ts';
import type { VocabularyTerm } from '#src/schema/vocabularies.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';
import { siteTools } from '../site-tools.ts';
import { entryChangesFor, migratedData, vocabularyChangeFor } from '../migrate/content-changes.ts';
import { translationSchema } from '../schema/translation.ts';
import { openingHoursWarnings } from '#src/schema/shared/opening-hours.ts';
import { hierarchyCycleProblems } from './check-hierarchy.ts';
import { unsafeLinkMessage, unsafeMarkdownLinks } from './check-links.ts';
import { hubRelationProblems } from './check-hub-relations.ts';
import { pdfFileProblem } from './check-media-files.ts';
import { checkMdx } from './check-mdx.ts';
import {
  labelLanguageProblems,
  missingRequiredPageProblems,
  quickLinkProblems,
  unstampedTranslationWarnings,
  type LabelMapAt,
} from './check-site-rules.ts';
import { hiddenCharacterBodyProblems, hiddenCharacterProblems } from './check-text.ts';
import { formatPath, type Problem } from './problem.ts';
import { parseYaml, readContent, type SourceFile } from './read-content.ts';
import { readTextFile } from './read-text-file.ts';
import { isInternal } from './shared-fields.ts';

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

/** Publications composed by the editors (`content/publications/`), when present and valid. */
interface Publications {
  'counter-brochure'?: CounterBrochure;
}

/** Everything that passed validation, ready for the directory (src/lib/content/directory.ts). */
export interface ValidatedContent {
  site: SiteConfig;
  entries: ContentEntry[];
  translations: ContentTranslation[];
  vocabularies: Vocabularies;
  publications: Publications;
}

/** Problems found (empty = valid), warnings, and the content that passed. */
interface ValidationResult {
  problems: Problem[];
  /** What works but is probably not meant; never makes the content invalid. */
  warnings: Problem[];
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
function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'fehlt – dieses Pflichtfeld ausfüllen';
      const expected = typeNames[issue.expected] ?? issue.expected;
      const fixes: Record<string, string> = {
        array: ' – als Liste schreiben, jede Zeile mit „- “',
        string: ' – Wert in Anführungszeichen setzen',
        boolean: ' – true oder false eintragen',
        number: ' – eine Zahl ohne Anführungszeichen eintragen',
        int: ' – eine ganze Zahl ohne Anführungszeichen eintragen',
        object: ' – die Unterfelder eingerückt darunter schreiben',
      };
      return `hat den falschen Typ: erwartet ${expected}, gefunden ${typeOfValue(input)}${fixes[issue.expected] ?? ''}`;
    }
    case 'invalid_value':
      return `„${String(input)}“ ist nicht erlaubt – möglich sind: ${issue.values.map(String).join(', ')}`;
    // Schemas give their own messages for texts and lists; numbers use these.
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int'
        ? `${String(input)} ist zu groß – höchstens ${String(issue.maximum)} eintragen`
        : issue.message;
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int'
        ? `${String(input)} ist zu klein – mindestens ${String(issue.minimum)} eintragen`
        : issue.message;
    default:
      return issue.message;
  }
}

/** Whether a translation file may hold the field (it or something inside it is translatable). */
function isTranslatable(field: FieldInfo): boolean {
  return field.meta?.i18n === true || (field.fields ?? []).some(isTranslatable);
}

/** One problem per unknown key: a typo gets the closest field name, a shared field in a translation its real home. */
function unknownKeyProblems(file: string, issue: z.core.$ZodIssue & { code: 'unrecognized_keys' }, fields: FieldInfo[], isTranslation: boolean): Problem[] {
  const level = issue.path.length > 0 ? (fieldAt(fields, issue.path)?.fields ?? []) : fields;
  return issue.keys.map((key): Problem => {
    const field = formatPath([...issue.path, key]);
    const known = level.find((candidate) => candidate.key === key);
    if (isTranslation && known) {
      return {
        file,
        field,
        ...(known.meta?.label ? { label: known.meta.label } : {}),
        message: 'gilt für alle Sprachen und steht nur in der deutschen Datei – hier löschen',
      };
    }
    const allowed = isTranslation ? level.filter(isTranslatable) : level;
    const names = allowed.map((candidate) => candidate.key);
    return {
      file,
      field,
      message: `unbekanntes Feld – ${names.length > 0 ? `Tippfehler für „${closest(key, names)}“? Sonst ` : ''}löschen`,
    };
  });
}

/** The problems of one value against its schema, and the parsed value when there are none. */
interface SchemaCheck {
  problems: Problem[];
  data?: Record<string, unknown>;
}

function schemaProblems(file: string, schema: z.ZodType, fields: FieldInfo[], data: unknown, isTranslation = false): SchemaCheck {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') return unknownKeyProblems(file, issue, fields, isTranslation);
    const path = issue.path;
    const info = path.length > 0 ? fieldAt(fields, path) : undefined;
    return [
      {
        file,
        ...(path.length > 0 ? { field: formatPath(path) } : {}),
        ...(info?.meta?.label ? { label: info.meta.label } : {}),
        message: describeIssue(issue),
      },
    ];
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

/**
 * The term list of a vocabulary file (`terms: [ … ]`), or the problem with the file's shape.
 * Files written before the CMS edited vocabularies were a bare list: say how to convert them.
 */
function termsOf(data: unknown): { list: unknown[] } | { list?: undefined; field?: string; message: string } {
  if (Array.isArray(data)) {
    return { message: 'die Begriffe gehören unter „terms:“ – die Zeile „terms:“ über die Liste setzen und die Liste um zwei Leerzeichen einrücken' };
  }
  if (typeof data !== 'object' || data === null) {
    return { message: 'enthält keine Begriffe – mit der Zeile „terms:“ beginnen, darunter jeder Begriff mit „- id: …“' };
  }
  const extra = Object.keys(data).find((key) => key !== 'terms');
  if (extra !== undefined) return { field: extra, message: 'unbekanntes Feld – nur „terms:“ mit der Liste der Begriffe ist erlaubt; Zeile löschen' };
  const list = (data as { terms?: unknown }).terms;
  if (!Array.isArray(list)) {
    return { field: 'terms', message: 'muss eine Liste von Begriffen sein, jeder Begriff beginnt mit „- id: …“' };
  }
  return { list };
}

/**
 * Validate the vocabulary files term by term, so one broken term does not take the whole
 * vocabulary (and every entry using it) down with it. Returns the valid terms and the names of
 * vocabularies whose file is missing or unreadable as a whole (their terms are not checked in
 * entries).
 */
function checkVocabularies(
  site: SiteConfig,
  sources: { name: string; file: string; data: unknown }[],
  problems: Problem[],
  labelMaps: LabelMapAt[],
  showVocabularyFile: (name: string) => string,
): { vocabularies: Vocabularies; missing: Set<string> } {
  const vocabularies: Vocabularies = {
    districts: site.districts.map((district) => ({ id: district.id, label: district.label })),
  };
  const missing = new Set<string>();
  for (const name of vocabularyNames) {
    const source = sources.find((vocabulary) => vocabulary.name === name);
    vocabularies[name] = [];
    // Content written for an earlier model: one line naming the change and `npm run migrate`.
    const change = vocabularyChangeFor(name, source?.data);
    if (!source || change) {
      if (!source && !change && optionalVocabularyNames.includes(name)) continue;
      problems.push({
        file: source?.file ?? showVocabularyFile(name),
        message: change?.message ?? 'Vokabular fehlt – die Datei mit der Zeile „terms:“ und darunter den Begriffen („- id: …“) anlegen',
      });
      missing.add(name);
      continue;
    }
    const terms = termsOf(source.data);
    if (!terms.list) {
      problems.push({ file: source.file, ...(terms.field ? { field: terms.field } : {}), message: terms.message });
      // One problem for the file, not one for every entry using the vocabulary.
      missing.add(name);
      continue;
    }
    const schema = vocabularySchemas[name];
    const fields = describeObject(schema as unknown as z.ZodObject);
    const seen = new Set<string>();
    terms.list.forEach((item: unknown, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      // Editors find a term by its id, not by its position in the list.
      const prefix = typeof id === 'string' || typeof id === 'number' ? String(id) : `terms[${index}]`;
      const hidden = hiddenCharacterProblems(item, source.file, (path) => fieldAt(fields, path)?.meta?.label);
      const checked: SchemaCheck = hidden.length > 0 ? { problems: hidden } : schemaProblems(source.file, schema, fields, item);
      problems.push(...checked.problems.map((problem) => ({ ...problem, field: problem.field ? `${prefix}.${problem.field}` : prefix })));
      const term = checked.data as VocabularyTerm | undefined;
      if (!term) return;
      if (seen.has(term.id)) {
        problems.push({ file: source.file, field: prefix, message: `Begriff „${term.id}“ kommt doppelt vor – einen der beiden umbenennen oder löschen` });
        return;
      }
      seen.add(term.id);
      labelMaps.push({ file: source.file, field: `${term.id}.label`, map: term.label });
      labelMaps.push({ file: source.file, field: `${term.id}.description`, map: term.description });
      vocabularies[name]?.push(term);
    });
  }
  return { vocabularies, missing };
}

/** Load and validate the site configuration file. */
export async function loadSiteConfig(configFile: string, cwd = process.cwd()): Promise<{ site?: SiteConfig; problems: Problem[] }> {
  const shown = relative(cwd, configFile) || configFile;
  if (!existsSync(configFile)) {
    return { problems: [{ file: shown, message: 'Konfigurationsdatei nicht gefunden – site.config.yaml im Projektordner anlegen' }] };
  }
  const read = readTextFile(configFile, shown);
  if (read.problem) return { problems: [read.problem] };
  const parsed = parseYaml(read.text, shown);
  if (parsed.problem) return { problems: [parsed.problem] };
  const fields = describeObject(siteConfigSchema as unknown as z.ZodObject);
  const hidden = hiddenCharacterProblems(parsed.data, shown, (path) => fieldAt(fields, path)?.meta?.label);
  if (hidden.length > 0) return { problems: hidden };
  const checked = schemaProblems(shown, siteConfigSchema, fields, parsed.data);
  return checked.data ? { site: checked.data as unknown as SiteConfig, problems: [] } : { problems: checked.problems };
}

/** The label maps of the site configuration, for the language check. */
function siteLabelMaps(site: SiteConfig, configFile: string): LabelMapAt[] {
  return [
    { file: configFile, field: 'name', map: site.name },
    { file: configFile, field: 'tagline', map: site.tagline },
    ...site.districts.map((district, index) => ({ file: configFile, field: `districts[${index}].label`, map: district.label })),
    ...site.emergencyNumbers.map((item, index) => ({ file: configFile, field: `emergencyNumbers[${index}].label`, map: item.label })),
    ...site.quickLinks.map((link, index) => ({ file: configFile, field: `quickLinks[${index}].label`, map: link.label })),
  ];
}

/**
 * Validate a whole content folder against the schemas and against itself: syntax, fields,
 * unique ids, references (with the closest existing id), vocabularies, locations, MDX safety,
 * and that no public field points at an internal entry.
 */
export async function validateContent(options: { contentDir: string; configFile: string; cwd?: string }): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string) => relative(cwd, path) || path;
  const config = await loadSiteConfig(options.configFile, cwd);
  if (!config.site) return { problems: config.problems, warnings: [] };
  const site = config.site;
  const configShown = show(options.configFile);

  if (!existsSync(options.contentDir)) {
    return {
      problems: [{ file: show(options.contentDir), message: 'Inhaltsordner nicht gefunden – Pfad prüfen, z. B. „npm run check -- --content content“' }],
      warnings: [],
    };
  }
  const read = await readContent(options.contentDir, site.locales, cwd);
  const problems: Problem[] = [...read.problems];
  const warnings: Problem[] = [];
  const labelMaps: LabelMapAt[] = siteLabelMaps(site, configShown);
  const { vocabularies, missing: missingVocabularies } = checkVocabularies(site, read.vocabularies, problems, labelMaps, (name) =>
    show(join(options.contentDir, 'vocabularies', `${name}.yaml`)),
  );
  const labelLanguages = labelLanguageProblems(site, labelMaps);
  problems.push(...labelLanguages.problems);
  warnings.push(...labelLanguages.warnings);
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
  // Fields that already failed their schema, per file: no second message about the same value.
  const failedFields = new Map<string, Set<string>>();
  const report = (list: Problem[]) => {
    for (const problem of list) {
      problems.push(problem);
      if (problem.field) {
        const failed = failedFields.get(problem.file) ?? new Set<string>();
        failed.add(problem.field);
        failedFields.set(problem.file, failed);
      }
    }
  };
  const alreadyFailed = (file: string, field: string) => {
    for (const failed of failedFields.get(file) ?? []) if (field === failed || field.startsWith(`${failed}.`) || field.startsWith(`${failed}[`)) return true;
    return false;
  };

  // 1. Every file against its schema (German: the full schema; translations: the derived one).
  const byId = new Map<string, ContentEntry>();
  const pendingTranslations: SourceFile[] = [];
  for (const file of read.files) {
    if (file.locale !== sourceLocale) {
      pendingTranslations.push(file);
      continue;
    }
    const existing = byId.get(file.id);
    if (existing) {
      problems.push({
        file: file.file,
        message: `die ID „${file.id}“ gibt es schon (${existing.file}) – IDs müssen über alle Sammlungen eindeutig sein; eine der Dateien umbenennen`,
      });
      continue;
    }
    if (siteTools.some((tool) => tool.id === file.id)) {
      problems.push({
        file: file.file,
        message: `die ID „${file.id}“ trägt schon ein Werkzeug der Seite (Suche, src/lib/site-tools.ts) – die Datei umbenennen`,
      });
      continue;
    }
    // Content written for an earlier model is named once per change and checked as migrated.
    const changes = entryChangesFor(file.collection, file.data);
    for (const change of changes) problems.push({ file: file.file, field: change.field, message: change.message });
    const data = changes.length > 0 ? migratedData(file.collection, file.data, { hub: site.hub, locales: site.locales }) : file.data;
    const hidden = hiddenCharacterProblems(data, file.file, (path) => fieldAt(fieldsOf(file.collection), path)?.meta?.label);
    report(hidden);
    const checked: SchemaCheck =
      hidden.length > 0 ? { problems: [] } : schemaProblems(file.file, collections[file.collection].schema, fieldsOf(file.collection), data);
    report(checked.problems);
    const entry: ContentEntry = {
      collection: file.collection,
      id: file.id,
      file: file.file,
      data: checked.data ?? data,
      ...(file.body !== undefined ? { body: file.body } : {}),
    };
    byId.set(file.id, entry);
    if (checked.data) entries.push(entry);
  }

  for (const file of pendingTranslations) {
    const german = byId.get(file.id);
    if (!german || german.collection !== file.collection) {
      if (read.unreadable.has(file.id)) continue;
      const ids = [...byId.values()].filter((entry) => entry.collection === file.collection).map((entry) => entry.id);
      const germanFile = show(join(options.contentDir, file.collection, sourceLocale ?? 'de', `${file.id}.${collections[file.collection].format}`));
      problems.push({
        file: file.file,
        message: `Übersetzung ohne deutsche Fassung – ${germanFile} fehlt${ids.length > 0 ? `; Datei umbenennen (meinten Sie „${closest(file.id, ids)}“?)` : ''} oder die deutsche Fassung anlegen`,
      });
      continue;
    }
    const schema = translationSchema(collections[file.collection].schema);
    const hidden = hiddenCharacterProblems(file.data, file.file, (path) => fieldAt(fieldsOf(file.collection), path)?.meta?.label);
    report(hidden);
    const checked: SchemaCheck = hidden.length > 0 ? { problems: [] } : schemaProblems(file.file, schema, fieldsOf(file.collection), file.data, true);
    report(checked.problems);
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

  // 2. References, vocabulary terms, location ids and links; also in entries that failed their
  // schema, so an editor sees every problem of a file at once.
  const allEntries = [...byId.values()];
  const idsIn = (allowed: readonly string[]) => allEntries.filter((entry) => allowed.includes(entry.collection)).map((entry) => entry.id);
  /** The problem with a reference, or undefined when it is fine. */
  const referenceProblem = (id: string, allowed: readonly string[], fromPublic: boolean): string | undefined => {
    const target = byId.get(id);
    if (!target) {
      // A file that exists but cannot be read has its own message already.
      if (read.unreadable.has(id)) return undefined;
      return `verweist auf „${id}“, das es nicht gibt${suggestion(id, idsIn(allowed))}`;
    }
    if (!allowed.includes(target.collection)) {
      return `„${id}“ ist ein Eintrag in „${target.collection}“, hier sind nur ${allowed.join(', ')} erlaubt${suggestion(id, idsIn(allowed))}`;
    }
    if (fromPublic && isInternal(target)) {
      return `verweist auf den internen Eintrag „${id}“, der öffentlich fehlen würde – Verweis entfernen oder den Eintrag auf „public“ stellen`;
    }
    return undefined;
  };

  // Uploaded files are checked after the walk (reading them is asynchronous).
  const pdfFiles: { problem: Omit<Problem, 'message'>; path: string }[] = [];
  /** References, vocabulary terms, links, locations and uploads in the data of one file. */
  const checkValues = (file: string, fields: FieldInfo[], data: Record<string, unknown>, isPublic: boolean) => {
    walkValues(fields, data, [], false, (field, value, path, internal, parent) => {
      const meta = field.meta;
      if (!meta) return;
      const fieldPath = formatPath(path);
      if (alreadyFailed(file, fieldPath)) return;
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      const at = (index: number) => ({
        file,
        field: Array.isArray(value) ? `${fieldPath}[${index}]` : fieldPath,
        label: meta.label,
      });
      if (meta.widget === 'file' && typeof value === 'string') pdfFiles.push({ problem: at(0), path: value });
      if (meta.ref) {
        values.forEach((id, index) => {
          const message = referenceProblem(String(id), meta.ref ?? [], isPublic && !internal);
          if (message) problems.push({ ...at(index), message });
        });
      }
      if (meta.vocabulary && !missingVocabularies.has(meta.vocabulary)) {
        const known = (vocabularies[meta.vocabulary] ?? []).map((term) => term.id);
        values.forEach((termId, index) => {
          if (!known.includes(String(termId))) {
            problems.push({ ...at(index), message: `„${String(termId)}“ ist kein Begriff im Vokabular „${meta.vocabulary}“${suggestion(String(termId), known)}` });
          }
        });
      }
      if (meta.widget === 'markdown' && typeof value === 'string') {
        for (const link of unsafeMarkdownLinks(value)) problems.push({ ...at(0), message: unsafeLinkMessage(link.url) });
      }
      if (meta.widget === 'opening-hours' && typeof value === 'string') {
        for (const message of openingHoursWarnings(value.trim())) warnings.push({ ...at(0), message });
      }
      if (meta.widget === 'location-ids' && meta.locationsOf) {
        const owner = byId.get(String(parent[meta.locationsOf] ?? ''));
        if (!owner) return;
        const known = ((owner.data['locations'] as { id: string }[] | undefined) ?? []).map((location) => location.id);
        values.forEach((locationId, index) => {
          if (!known.includes(String(locationId))) {
            problems.push({
              ...at(index),
              message: `„${String(locationId)}“ ist kein Standort von „${owner.id}“${known.length ? suggestion(String(locationId), known) : ' – dort sind keine Standorte eingetragen'}`,
            });
          }
        });
      }
    });
  };

  for (const entry of allEntries) {
    checkValues(entry.file, fieldsOf(entry.collection), entry.data, !isInternal(entry));
    const locationIdsSeen = new Set<string>();
    for (const [index, location] of ((entry.data['locations'] as { id?: string }[] | undefined) ?? []).entries()) {
      if (location.id && locationIdsSeen.has(location.id)) {
        problems.push({ file: entry.file, field: `locations[${index}].id`, message: `Standort-Kennung „${location.id}“ kommt doppelt vor – eindeutig benennen` });
      }
      if (location.id) locationIdsSeen.add(location.id);
    }
  }

  for (const upload of pdfFiles) {
    const message = await pdfFileProblem(options.contentDir, upload.path, site.maxDocumentMegabytes);
    if (message) problems.push({ ...upload.problem, message });
  }

  // Publications composed from entries (the counter brochure): their schema and references.
  const publications: Publications = {};
  for (const source of read.publications) {
    const name = source.name as PublicationName;
    const { schema } = publicationDefinitions[name];
    const fields = describeObject(schema as unknown as z.ZodObject);
    const checked = schemaProblems(source.file, schema, fields, source.data);
    report(checked.problems);
    if (checked.data) {
      const before = problems.length;
      checkValues(source.file, fields, checked.data, true);
      if (problems.length === before) publications[name] = checked.data as unknown as CounterBrochure;
    } else if (source.data && typeof source.data === 'object') {
      checkValues(source.file, fields, source.data as Record<string, unknown>, true);
    }
  }

  // Markdown in translations (links only: everything else was checked with the German entry).
  for (const translation of translations) {
    walkValues(fieldsOf(translation.collection), translation.data, [], false, (field, value, path) => {
      if (field.meta?.widget !== 'markdown' || typeof value !== 'string') return;
      for (const link of unsafeMarkdownLinks(value)) {
        problems.push({ file: translation.file, field: formatPath(path), label: field.meta.label, message: unsafeLinkMessage(link.url) });
      }
    });
  }

  // 3. MDX bodies: no code, only known components with existing entries, only safe links.
  const mdxFiles = [...entries, ...translations].filter((entry) => entry.body !== undefined);
  for (const entry of mdxFiles) {
    const offset = read.files.find((file) => file.file === entry.file)?.bodyOffset ?? 0;
    const hidden = hiddenCharacterBodyProblems(entry.body ?? '', entry.file, offset);
    problems.push(...hidden);
    if (hidden.length > 0) continue;
    const result = checkMdx(entry.body ?? '', offset);
    for (const problem of result.problems) problems.push({ file: entry.file, ...problem });
    const entryIsPublic = !isInternal(byId.get(entry.id));
    for (const reference of result.references) {
      const message = referenceProblem(reference.value, reference.collections, entryIsPublic);
      if (message) {
        problems.push({
          file: entry.file,
          ...(reference.line ? { line: reference.line } : {}),
          message: `<${reference.component} ${reference.prop}="${reference.value}">: ${message}`,
        });
      }
    }
  }

  // 4. The site configuration points at the immigration office, and its quick links at entries
  // and topics that exist.
  const hub = byId.get(site.hub);
  if (!hub || hub.collection !== 'organisations') {
    problems.push({
      file: configShown,
      field: 'hub',
      message: `„${site.hub}“ ist keine Organisation${suggestion(site.hub, idsIn(['organisations']))} Hier steht die ID (der Dateiname) der Ausländerbehörde`,
    });
  }
  const topicIds = missingVocabularies.has('topics') ? undefined : (vocabularies['topics'] ?? []).map((term) => term.id);
  problems.push(...quickLinkProblems(site, configShown, [...byId.keys(), ...read.unreadable], topicIds));

  // 5. What a public body must publish, and hierarchies that lead back to where they started.
  const pagesFolder = show(join(options.contentDir, 'pages', sourceLocale ?? 'de'));
  // A page that cannot be read may be the missing one: its own problem says what to fix.
  if (!read.problems.some((problem) => problem.file.startsWith(pagesFolder))) {
    problems.push(...missingRequiredPageProblems(allEntries, pagesFolder));
  }
  problems.push(...hierarchyCycleProblems(allEntries, (entry) => fieldsOf((entry as ContentEntry).collection)));

  // 6. Declared relations to the immigration office agree with its agreements.
  problems.push(...hubRelationProblems(entries, site.hub));

  // 7. Translations nobody stamped show as outdated everywhere (files with a problem aside: that
  // comes first).
  const problemFiles = new Set(problems.map((problem) => problem.file));
  warnings.push(
    ...unstampedTranslationWarnings(
      translations.filter((translation) => !problemFiles.has(translation.file)),
      show(options.contentDir),
    ),
  );

  return { problems, warnings, content: { site, entries, translations, vocabularies, publications } };
}
