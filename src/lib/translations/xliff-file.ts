import { jsToXliff12, xliff12ToJs, type XliffGroup, type XliffInline, type XliffUnit, type XliffValue } from 'xliff';
import { collectionNames, type CollectionName } from '#src/schema/index.ts';
import { segmentText } from './protect-markup.ts';
import type { EntryUnits } from './translation-units.ts';

/**
 * XLIFF 1.2 files for translation agencies, written and read with the `xliff` package.
 *
 * Layout: one `<file original="<collection>">` per collection, one `<group id="<entry id>">` per
 * entry (its German title in `resname`, the fingerprint of its German texts in `extradata`),
 * one `<trans-unit id="<entry id>#<field path>">` per translatable field. Link addresses,
 * placeholders and Markdown markers travel as `<ph>` codes that CAT tools lock. Notes tell the
 * translator what the field is and where the entry is published.
 */

/** One unit as read from a returned file: the translated text with its codes put back. */
interface ReadUnit {
  path: string;
  source: string;
  target?: string;
  /** `approved="yes"`: a person checked the translation. */
  approved: boolean;
}

/** One entry as read from a returned file. */
export interface ReadEntry {
  collection: string;
  id: string;
  /** German fingerprint at export time (`extradata` of the group). */
  fingerprint: string | undefined;
  units: ReadUnit[];
}

/** A returned file, or why it cannot be read. */
type ReadResult = { locale: string; entries: ReadEntry[] } | { error: string };

/** What the notes say about the entry: German title and public address. */
interface UnitContext {
  url: (collection: CollectionName, id: string) => string;
  /** Units that already have a target which a person checked (exported as `approved="yes"`). */
  approved: (entry: EntryUnits) => boolean;
}

/** Text with codes as an XLIFF value; codes are numbered in order, a target reuses its source's ids. */
function toValue(text: string, sourceIds?: Map<string, string[]>): XliffValue {
  const taken = new Map<string, number>();
  let next = sourceIds ? Math.max(0, ...[...sourceIds.values()].flat().map(Number)) + 1 : 1;
  return segmentText(text).map((segment): string | XliffInline => {
    if ('text' in segment) return segment.text;
    const key = segment.code.trim();
    const seen = taken.get(key) ?? 0;
    taken.set(key, seen + 1);
    const id = sourceIds ? (sourceIds.get(key)?.[seen] ?? String(next++)) : String(next++);
    return { Span: { id, contents: segment.code } };
  });
}

/** Ids the codes of a source value got, per code, in order. */
function idsOf(value: XliffValue): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const part of Array.isArray(value) ? value : [value]) {
    if (typeof part === 'string') continue;
    const span = part['Span'];
    if (!span || typeof span.contents !== 'string') continue;
    const key = span.contents.trim();
    ids.set(key, [...(ids.get(key) ?? []), String(span.id)]);
  }
  return ids;
}

/** Write the units of some entries as an XLIFF 1.2 document from German into `locale`. */
export async function writeXliff(entries: EntryUnits[], locale: string, context: UnitContext): Promise<string> {
  const resources: Record<string, Record<string, XliffGroup>> = {};
  for (const entry of entries) {
    const approved = context.approved(entry);
    const groupUnits: Record<string, XliffUnit> = {};
    for (const unit of entry.units) {
      const source = toValue(unit.source);
      groupUnits[`${entry.id}#${unit.path}`] = {
        source,
        ...(unit.target !== undefined ? { target: toValue(unit.target, idsOf(source)) } : {}),
        note: [
          `Feld: ${unit.label}${unit.hint ? ` – ${unit.hint}` : ''}`,
          `Eintrag: ${entry.title} – ${context.url(entry.collection, entry.id)}`,
          ...(unit.list ? ['Ein Begriff pro Zeile; die Zahl der Begriffe darf abweichen.'] : []),
          ...(unit.internal ? ['Nur in der internen Ausgabe für Fachstellen sichtbar.'] : []),
        ],
        additionalAttributes: {
          'xml:space': 'preserve',
          ...(approved && unit.target !== undefined ? { approved: 'yes' } : {}),
        },
      };
    }
    (resources[entry.collection] ??= {})[entry.id] = {
      groupUnits,
      additionalAttributes: { resname: entry.title, extradata: entry.fingerprint },
    };
  }
  // No indentation: inside <source> and <target> every space is content (xml:space="preserve").
  const xml = await jsToXliff12({ sourceLanguage: 'de', targetLanguage: locale, resources }, { indent: '' });
  // The package writes no XML declaration; CAT tools expect one.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** Plain text of a value: codes are put back from their contents, nested markers flattened. */
function textOf(value: XliffValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((part) => textOf(part)).join('');
  return Object.values(value)
    .map((element) => textOf(element.contents))
    .join('');
}

/** One line saying where the XML is broken, from the parser's multi-line message. */
function xmlError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const [reason = text, ...rest] = text.split('\n');
  const at = (name: string) =>
    rest
      .find((line) => line.startsWith(`${name}:`))
      ?.split(':')[1]
      ?.trim();
  const line = at('Line');
  const column = at('Column');
  // The parser counts lines and columns from 0.
  const where = line !== undefined ? `Zeile ${Number(line) + 1}${column !== undefined ? `, Spalte ${Number(column) + 1}` : ''}: ` : '';
  return `${where}${reason}`;
}

/** Read a returned XLIFF 1.2 file. */
export async function readXliff(xml: string): Promise<ReadResult> {
  let document: Awaited<ReturnType<typeof xliff12ToJs>>;
  try {
    document = await xliff12ToJs(xml, { captureSpacesBetweenElements: true });
  } catch (error) {
    return { error: `kein gültiges XML (${xmlError(error)})` };
  }
  if (!document || document instanceof Error) return { error: `kein gültiges XML (${xmlError(document)})` };
  if (document.xliffVersion) return { error: `XLIFF ${document.xliffVersion} statt 1.2` };
  if (!document.targetLanguage) return { error: 'keine Zielsprache (target-language) angegeben' };
  const entries: ReadEntry[] = [];
  for (const [collection, groups] of Object.entries(document.resources ?? {})) {
    for (const [id, group] of Object.entries(groups)) {
      const units = 'groupUnits' in group ? group.groupUnits : {};
      entries.push({
        collection,
        id,
        fingerprint: group.additionalAttributes?.['extradata'],
        units: Object.entries(units).map(([unitId, unit]) => {
          const { source, target, additionalAttributes } = unit as XliffUnit;
          const targetText = target === undefined ? undefined : textOf(target).trim();
          return {
            path: unitId.startsWith(`${id}#`) ? unitId.slice(id.length + 1) : unitId,
            source: textOf(source).trim(),
            ...(targetText ? { target: targetText } : {}),
            approved: additionalAttributes?.['approved'] === 'yes',
          };
        }),
      });
    }
  }
  return { locale: document.targetLanguage, entries };
}

/** Is this the name of a collection? (XLIFF `<file original>` from outside.) */
export function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}
