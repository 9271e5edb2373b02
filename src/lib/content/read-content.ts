import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { CORE_SCHEMA, load } from 'js-yaml';
import { collections, collectionNames, vocabularyNames, type CollectionName } from '#src/schema/index.ts';
import { publicationNames } from '#src/schema/publications.ts';
import { media } from '#src/schema/shared/media.ts';
import { idPattern } from '#src/schema/shared/refs.ts';
import type { Problem } from './problem.ts';
import { readTextFile, symbolicLinkProblem } from './read-text-file.ts';

/** One content file as read from disk, before validation. */
export interface SourceFile {
  collection: CollectionName;
  locale: string;
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  data: Record<string, unknown>;
  /** MDX body (journeys, pages). */
  body?: string;
  /** Number of lines before the body (the frontmatter), for line numbers in messages. */
  bodyOffset?: number;
}

/** A vocabulary file as read from disk, before validation. */
interface SourceVocabulary {
  name: string;
  file: string;
  data: unknown;
}

/** A publication file (`publications/<name>.yaml`) as read from disk, before validation. */
type SourcePublication = SourceVocabulary;

/** Everything found in a content folder, and what could not be read. */
interface ReadResult {
  files: SourceFile[];
  vocabularies: SourceVocabulary[];
  publications: SourcePublication[];
  problems: Problem[];
  /** Ids of entry files that exist but could not be read (their problem is already reported). */
  unreadable: Set<string>;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** What js-yaml says, in German with what to do; anything else gets the general advice. */
function describeYamlError(reason: string): string {
  if (/null byte|non-printable/.test(reason)) {
    return 'enthält ein unsichtbares Steuerzeichen – das Zeichen löschen (es kommt oft beim Kopieren aus PDF- oder Word-Dateien mit)';
  }
  return `YAML-Fehler: ${reason} – Einrückung, Doppelpunkte und Anführungszeichen in dieser Zeile prüfen`;
}

/** Parse YAML, turning a syntax error into a problem with its line (and the key, when it is doubled). */
export function parseYaml(text: string, file: string, lineOffset = 0): { data?: unknown; problem?: Problem } {
  try {
    // CORE_SCHEMA keeps dates as text: the default schema turns 2026-02-30 into 2 March silently.
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const line = mark ? { line: mark.line + 1 + lineOffset } : {};
    if (mark && reason.startsWith('duplicated mapping key')) {
      // js-yaml points at the second occurrence; its key is what the editor looks for.
      const key = /^["']?([^"':]+?)["']?\s*:/.exec((text.split('\n')[mark.line] ?? '').slice(mark.column))?.[1];
      return {
        problem: {
          file,
          ...line,
          ...(key ? { field: key } : {}),
          message: 'steht zweimal im selben Abschnitt – eine der beiden Zeilen löschen (die zweite würde die erste still ersetzen)',
        },
      };
    }
    return { problem: { file, ...line, message: describeYamlError(reason) } };
  }
}

/** Split an MDX file into frontmatter data and body. */
function parseMdx(
  text: string,
  file: string,
): { data?: unknown; body?: string; bodyOffset?: number; problem?: Problem } {
  const match = frontmatterPattern.exec(text);
  if (!match) {
    return { problem: { file, line: 1, message: 'Kopfbereich fehlt – die Datei mit einer Zeile „---“, den Feldern und wieder „---“ beginnen lassen' } };
  }
  const parsed = parseYaml(match[1] ?? '', file, 1);
  const body = match[2] ?? '';
  const bodyOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
  return parsed.problem ? parsed : { data: parsed.data, body, bodyOffset };
}

/** What a folder entry is; links are told apart so they are never followed. */
type EntryKind = 'file' | 'folder' | 'link' | 'other';

async function listDir(path: string): Promise<{ name: string; kind: EntryKind }[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => ({
        name: entry.name,
        kind: entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other',
      }))
      .sort((a, b) => a.name.localeCompare(b.name)) as { name: string; kind: EntryKind }[];
  } catch {
    return [];
  }
}

/**
 * Read every file under the content folder: `<collection>/<locale>/<id>.<yaml|mdx>` and
 * `vocabularies/<name>.yaml`. Files in unexpected places are reported, never ignored silently.
 */
export async function readContent(contentDir: string, locales: readonly string[], cwd = process.cwd()): Promise<ReadResult> {
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const vocabularies: SourceVocabulary[] = [];
  const publications: SourcePublication[] = [];
  const unreadable = new Set<string>();
  const show = (path: string) => relative(cwd, path) || path;
  /** Links are refused wherever they are: they may lead out of the content folder. */
  const isLink = (entry: { kind: EntryKind }, path: string) => {
    if (entry.kind === 'link') problems.push(symbolicLinkProblem(show(path)));
    return entry.kind === 'link';
  };

  for (const top of await listDir(contentDir)) {
    const topPath = join(contentDir, top.name);
    if (isLink(top, topPath)) continue;
    if (top.name === 'vocabularies' && top.kind === 'folder') {
      for (const file of await listDir(topPath)) {
        const path = join(topPath, file.name);
        const name = file.name.replace(/\.yaml$/, '');
        if (isLink(file, path)) continue;
        const known = vocabularyNames.map((vocabulary) => `${vocabulary}.yaml`);
        if (file.kind === 'folder') {
          problems.push({ file: show(path), message: `ist ein Ordner – hier stehen nur Dateien (${known.join(', ')}); den Ordner entfernen` });
          continue;
        }
        if (!file.name.endsWith('.yaml') || !(vocabularyNames as readonly string[]).includes(name)) {
          problems.push({
            file: show(path),
            message: `unbekanntes Vokabular – meinten Sie „${closest(file.name, known)}“? Erlaubt sind ${known.join(', ')}`,
          });
          continue;
        }
        const read = readTextFile(path, show(path));
        const parsed: ReturnType<typeof parseYaml> = read.problem ? read : parseYaml(read.text, show(path));
        if (parsed.problem) problems.push(parsed.problem);
        else vocabularies.push({ name, file: show(path), data: parsed.data });
      }
      continue;
    }
    if (top.name === 'publications' && top.kind === 'folder') {
      for (const file of await listDir(topPath)) {
        const path = join(topPath, file.name);
        const name = file.name.replace(/\.yaml$/, '');
        if (isLink(file, path)) continue;
        if (file.kind !== 'file' || !file.name.endsWith('.yaml') || !(publicationNames as readonly string[]).includes(name)) {
          const known = publicationNames.map((publication) => `${publication}.yaml`);
          problems.push({ file: show(path), message: `unbekannte Veröffentlichung – meinten Sie „${closest(file.name, known)}“? Erlaubt sind ${known.join(', ')}` });
          continue;
        }
        const read = readTextFile(path, show(path));
        const parsed: ReturnType<typeof parseYaml> = read.problem ? read : parseYaml(read.text, show(path));
        if (parsed.problem) problems.push(parsed.problem);
        else publications.push({ name, file: show(path), data: parsed.data });
      }
      continue;
    }
    // Uploads (PDFs of the documents) are checked where entries refer to them.
    if (top.name === media.folder && top.kind === 'folder') continue;
    if (top.kind !== 'folder' || !(collectionNames as readonly string[]).includes(top.name)) {
      const folders = [...collectionNames, 'vocabularies', 'publications', media.folder];
      problems.push({
        file: show(topPath),
        message: `unbekannter Ordner – meinten Sie „${closest(top.name, folders)}“? Inhalte gehören in einen dieser Ordner: ${folders.join(', ')}`,
      });
      continue;
    }
    const collection = top.name as CollectionName;
    const extension = `.${collections[collection].format}`;
    for (const localeDir of await listDir(topPath)) {
      const localePath = join(topPath, localeDir.name);
      if (isLink(localeDir, localePath)) continue;
      if (localeDir.kind !== 'folder' || !locales.includes(localeDir.name)) {
        problems.push({
          file: show(localePath),
          message: `unbekannte Sprache „${localeDir.name}“ – Ordner umbenennen (Sprachen der Website: ${locales.join(', ')}) oder die Sprache in site.config.yaml unter „locales“ eintragen`,
        });
        continue;
      }
      for (const entry of await listDir(localePath)) {
        const path = join(localePath, entry.name);
        if (isLink(entry, path)) continue;
        if (entry.kind === 'folder') {
          problems.push({
            file: show(path),
            message: `ist ein Ordner, keine Datei – jeder Eintrag ist eine einzelne „${extension}“-Datei; den Ordner umbenennen oder seine Dateien hierher verschieben`,
          });
          continue;
        }
        if (!entry.name.endsWith(extension)) {
          problems.push({ file: show(path), message: `falsche Dateiendung – Einträge dieser Sammlung sind „${extension}“-Dateien` });
          continue;
        }
        const id = entry.name.slice(0, -extension.length);
        if (!idPattern.test(id)) {
          problems.push({
            file: show(path),
            message: `ungültiger Dateiname „${id}“ – nur Kleinbuchstaben, Ziffern und Bindestriche; umbenennen in „${slugify(id)}${extension}“`,
          });
          continue;
        }
        const read = readTextFile(path, show(path));
        const parsed: ReturnType<typeof parseMdx> = read.problem
          ? read
          : extension === '.mdx'
            ? parseMdx(read.text, show(path))
            : parseYaml(read.text, show(path));
        if (parsed.problem) {
          problems.push(parsed.problem);
          unreadable.add(id);
          continue;
        }
        if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
          problems.push({ file: show(path), message: 'die Datei enthält keine Felder – sie muss aus „feld: wert“-Zeilen bestehen' });
          unreadable.add(id);
          continue;
        }
        files.push({
          collection,
          locale: localeDir.name,
          id,
          file: show(path),
          data: parsed.data as Record<string, unknown>,
          ...(parsed.body !== undefined ? { body: parsed.body, bodyOffset: parsed.bodyOffset ?? 0 } : {}),
        });
      }
    }
  }
  return { files, vocabularies, publications, problems, unreadable };
}

/** A file name editors can use: "Fiktion Bescheinigung" → "fiktion-bescheinigung", "Ärzte" → "aerzte". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
