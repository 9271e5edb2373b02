import { readFileSync } from 'node:fs';
import { Document, isMap, isScalar, isSeq, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { CollectionName, VocabularyName } from '#src/schema/names.ts';
import { cooperationLevelLabels, hubRelationLabels } from '#src/schema/shared/cooperation.ts';

/**
 * Changes of the content model that content written for an earlier Lotse (another town's, or a
 * branch made before the change) may still have. Each change knows how to recognise the old shape
 * (for `npm run check`: one German line naming the change and `npm run migrate`) and how to
 * convert it (for `npm run migrate`). Both work on YAML documents, so the migration keeps the
 * editors' comments, order and quoting, and the check converts the same way in memory.
 */

/** What a change needs to know about the site. */
interface ChangeContext {
  /** Id of the immigration office (site.config.yaml `hub`). */
  hub: string;
  /** Languages of the site: default terms bring labels only in these. */
  locales: readonly string[];
}

/** A change to the entries of one collection (German files only: shared fields live there). */
interface EntryChange {
  collection: CollectionName;
  /** Field the message names. */
  field: string;
  /** The line `npm run check` prints (after file and field). */
  message: string;
  /** True when the entry still has the old shape. */
  applies(data: Record<string, unknown>): boolean;
  /** Convert a document in place; returns what was done, in German, for the migration report. */
  apply(document: Document, context: ChangeContext): string;
}

/** A change to a vocabulary file; `data` is undefined when the file does not exist. */
interface VocabularyChange {
  vocabulary: VocabularyName;
  message: string;
  applies(data: unknown): boolean;
  /** The converted document (a new one when the file is missing) and what was done. */
  apply(document: Document | undefined, context: ChangeContext): { document: Document; done: string };
}

const migrateHint = '„npm run migrate“ stellt die Datei um';

function topMap(document: Document): YAMLMap {
  if (!isMap(document.contents)) throw new Error('Die Datei enthält keine Felder.');
  return document.contents;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/**
 * Agreements named only the hub's partners (`partners`, the immigration office implied) and had
 * no type. Now they name every party, so agreements between providers can be entered too, and
 * have a type from the vocabulary `agreement-types`.
 */
const agreementParties: EntryChange = {
  collection: 'agreements',
  field: 'partners',
  message: `heißt jetzt „parties“ und nennt alle Beteiligten einschließlich der Ausländerbehörde; dazu kommt die Art der Vereinbarung („type“) – ${migrateHint}`,
  applies: (data) => data['partners'] !== undefined && data['parties'] === undefined,
  apply(document, { hub }) {
    const map = topMap(document);
    const pair = pairOf(map, 'partners');
    if (!pair) return '';
    pair.key = document.createNode('parties');
    const ids = isSeq(pair.value) ? pair.value.items.map((item) => (isScalar(item) ? String(item.value) : '')) : [];
    if (isSeq(pair.value) && !ids.includes(hub)) pair.value.items.unshift(document.createNode(hub));
    const done = [`„partners“ → „parties“ mit ${hub}`];
    if (!pairOf(map, 'type')) {
      map.items.splice(map.items.indexOf(pair), 0, document.createPair('type', 'kooperationsvereinbarung'));
      done.push('Art „kooperationsvereinbarung“');
    }
    return done.join(', ');
  },
};

/**
 * Level 0 ("Anbahnung") was a level; talks about an agreement are now its status "negotiating",
 * and the level is what the agreement sets once it is in force.
 */
const levelZero: EntryChange = {
  collection: 'agreements',
  field: 'level',
  message: `Stufe 0 (Anbahnung) gibt es nicht mehr: Vereinbarungen in Vorbereitung haben den Status „negotiating“ und keine Stufe – ${migrateHint}`,
  applies: (data) => data['level'] === 0 || data['level'] === '0',
  apply(document) {
    const map = topMap(document);
    map.delete('level');
    const status = pairOf(map, 'status');
    const value = status && isScalar(status.value) ? String(status.value.value) : undefined;
    if (value === 'active' || value === 'suspended') {
      map.set('status', 'negotiating');
      return 'Stufe 0 entfernt, Status „negotiating“';
    }
    return 'Stufe 0 entfernt';
  },
};

/**
 * Default terms of a vocabulary the model fixes or introduces, with labels in the site's
 * languages only (a label in a language the site does not have is an error).
 */
function defaultVocabulary(name: 'cooperation-levels' | 'agreement-types', locales: readonly string[]): Document {
  const document = parseDocument(readFileSync(new URL(`./default-vocabularies/${name}.yaml`, import.meta.url), 'utf8'));
  const terms = topMap(document).get('terms', true);
  for (const term of isSeq(terms) ? terms.items : []) {
    if (!isMap(term)) continue;
    for (const key of ['label', 'description']) {
      const map = term.get(key, true);
      if (!isMap(map)) continue;
      map.items = map.items.filter((pair) => isScalar(pair.key) && locales.includes(String(pair.key.value)));
    }
  }
  return document;
}

const fixedCooperationIds = [...Object.keys(cooperationLevelLabels).sort().reverse(), ...Object.keys(hubRelationLabels)];

function termIds(data: unknown): string[] {
  const terms = (data as { terms?: unknown } | null | undefined)?.terms;
  return Array.isArray(terms) ? terms.map((term) => String((term as { id?: unknown } | null)?.id ?? '')) : [];
}

/**
 * The cooperation levels were 0–5 and "none"; now they are 1–5 and the four relations without an
 * agreement. "none" (referred to only on request) becomes "on-request" with its wording; the
 * other relations are added with the default wording in every language.
 */
const cooperationLevels: VocabularyChange = {
  vocabulary: 'cooperation-levels',
  message: `die Kooperationsstufen sind jetzt 1–5 und die Beziehungen ohne Vereinbarung (own-office, participant, on-request, outside); „0“ entfällt, „none“ heißt jetzt „on-request“, fehlende Begriffe werden ergänzt – ${migrateHint}`,
  applies: (data) => {
    const ids = termIds(data);
    return ids.includes('0') || ids.includes('none') || fixedCooperationIds.some((id) => !ids.includes(id));
  },
  apply(document, { locales }) {
    const defaults = defaultVocabulary('cooperation-levels', locales);
    if (!document) return { document: defaults, done: 'mit den Standardbegriffen angelegt' };
    const terms = topMap(document).get('terms', true);
    const defaultTerms = topMap(defaults).get('terms', true);
    if (!isSeq(terms) || !isSeq(defaultTerms)) return { document, done: '' };
    const idOf = (node: unknown) => (isMap(node) ? String(node.get('id')) : '');
    const none = terms.items.find((node) => idOf(node) === 'none');
    if (none && isMap(none) && !terms.items.some((node) => idOf(node) === 'on-request')) none.set('id', 'on-request');
    const kept = terms.items.filter((node) => fixedCooperationIds.includes(idOf(node)));
    const removed = terms.items.map(idOf).filter((id) => !fixedCooperationIds.includes(id));
    const added: string[] = [];
    terms.items = fixedCooperationIds.map((id) => {
      const own = kept.find((node) => idOf(node) === id);
      if (own) return own;
      added.push(id);
      return defaultTerms.items.find((node) => idOf(node) === id);
    }) as typeof terms.items;
    const done = [
      ...(none ? ['„none“ → „on-request“'] : []),
      ...(removed.length > 0 ? [`entfernt: ${removed.join(', ')}`] : []),
      ...(added.length > 0 ? [`ergänzt: ${added.join(', ')}`] : []),
    ];
    return { document, done: done.join(', ') };
  },
};

/** Agreement types are new: a missing file gets the types the sources name. */
const agreementTypes: VocabularyChange = {
  vocabulary: 'agreement-types',
  message: `Vokabular fehlt – neu sind die Arten von Vereinbarungen; ${migrateHint.replace('stellt die Datei um', 'legt die Datei mit den üblichen Arten an')}`,
  applies: (data) => data === undefined,
  apply: (document, { locales }) =>
    document
      ? { document, done: '' }
      : { document: defaultVocabulary('agreement-types', locales), done: 'mit den üblichen Arten angelegt' },
};

/** Every change, in the order the migration applies them. */
export const entryChanges: readonly EntryChange[] = [agreementParties, levelZero];
export const vocabularyChanges: readonly VocabularyChange[] = [cooperationLevels, agreementTypes];

/** The entry changes that apply to an entry's data. */
export function entryChangesFor(collection: CollectionName, data: Record<string, unknown>): EntryChange[] {
  return entryChanges.filter((change) => change.collection === collection && change.applies(data));
}

/** The vocabulary change that applies to a vocabulary file's data (undefined: file missing). */
export function vocabularyChangeFor(name: string, data: unknown): VocabularyChange | undefined {
  return vocabularyChanges.find((change) => change.vocabulary === name && change.applies(data));
}

/** The data of an entry after the changes that apply, for checking it as it will be. */
export function migratedData(collection: CollectionName, data: Record<string, unknown>, context: ChangeContext): Record<string, unknown> {
  const changes = entryChangesFor(collection, data);
  if (changes.length === 0) return data;
  const document = new Document(data);
  for (const change of changes) change.apply(document, context);
  return document.toJS() as Record<string, unknown>;
}
