import { basename, extname, join } from 'node:path';
import type { ContentEntry, ContentTranslation } from '../content/validate-content.ts';
import { missingCodes } from './protect-markup.ts';
import { updateTranslationFile } from './translation-file.ts';
import { bodyPath, storedValue, unitsOf, type EntryUnits, type TranslationUnit } from './translation-units.ts';
import { isCollectionName, type ReadEntry } from './xliff-file.ts';
import { translationMeta } from '../content/shared-fields.ts';

/**
 * What importing a returned XLIFF file would do, worked out before anything is written: the
 * problems that stop the import, the entries whose German changed since the export (kept apart,
 * not written), and the new text of every translation file that changes.
 */
interface ImportPlan {
  problems: string[];
  outdated: { entry: EntryUnits; targets: Map<string, string> }[];
  changes: FileWrite[];
}

/** A translation file to write. */
interface FileWrite {
  /** Path relative to the content folder's parent, as in check messages. */
  file: string;
  title: string;
  /** Labels of the fields that changed. */
  fields: string[];
  created: boolean;
  text: string;
}

interface ImportInput {
  locale: string;
  /** Name of the returned file, for messages. */
  fileName: string;
  entries: ReadEntry[];
  content: { entries: ContentEntry[]; translations: ContentTranslation[] };
  /** Mark changed translations as machine translations (not checked by a person). */
  machine: boolean;
  /** Reads a translation file's current text (undefined when it does not exist yet). */
  readFile: (file: string) => string | undefined;
}

const unitKey = (unit: { path: string }) => unit.path;

/** Plan an import; the plan's problems are German sentences naming the unit and the fix. */
export function planImport(input: ImportInput): ImportPlan {
  const { locale, fileName } = input;
  const plan: ImportPlan = { problems: [], outdated: [], changes: [] };
  const german = new Map(input.content.entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const translations = new Map(
    input.content.translations
      .filter((translation) => translation.locale === locale)
      .map((translation) => [`${translation.collection}/${translation.id}`, translation]),
  );

  for (const read of input.entries) {
    const where = `${fileName}: ${read.collection}/${read.id}`;
    const entry = isCollectionName(read.collection) ? german.get(`${read.collection}/${read.id}`) : undefined;
    if (!entry) {
      plan.problems.push(
        `${where}: unbekannter Eintrag – die Datei stammt nicht aus diesem Inhalt oder der Eintrag wurde gelöscht; Einheit aus der Datei entfernen oder neu exportieren`,
      );
      continue;
    }
    const translation = translations.get(`${read.collection}/${read.id}`);
    const current = unitsOf(entry, translation);
    const units = new Map(current.units.map((unit) => [unitKey(unit), unit]));

    const targets = new Map<string, string>();
    for (const unit of read.units) {
      const known = units.get(unitKey(unit));
      if (!known) {
        plan.problems.push(
          `${where}#${unit.path}: unbekannte Einheit – dieses Feld gibt es im Eintrag nicht (mehr); Einheit entfernen oder neu exportieren`,
        );
        continue;
      }
      if (unit.target === undefined) continue;
      if (!known.list) {
        const lost = missingCodes(unit.source || known.source, unit.target);
        if (lost.length > 0) {
          plan.problems.push(
            `${where}#${unit.path}: Platzhalter oder Markdown-Zeichen fehlen in der Übersetzung (${lost.map((code) => `„${code}“`).join(', ')}) – sie müssen unverändert übernommen werden`,
          );
          continue;
        }
      }
      targets.set(unit.path, unit.target);
    }
    if (read.fingerprint === undefined) {
      plan.problems.push(
        `${where}: kein Fingerabdruck (extradata) – nur Dateien importieren, die „npm run translations -- export“ geschrieben hat`,
      );
      continue;
    }
    if (read.fingerprint !== current.fingerprint) {
      if (targets.size > 0) plan.outdated.push({ entry: current, targets });
      continue;
    }

    const changed = current.units.filter((unit) => targets.has(unit.path) && targets.get(unit.path) !== unit.target);
    const approvedAll = read.units.length > 0 && read.units.every((unit) => unit.approved && unit.target !== undefined);
    const wasMachine = translationMeta(translation).machine === true;
    // Confirmed by a person without changes: only the machine mark goes.
    const confirmed = changed.length === 0 && approvedAll && wasMachine && translation !== undefined;
    if (changed.length === 0 && !confirmed) continue;

    const write = writeOf(entry, translation, locale, changed, targets, confirmed ? false : input.machine, current, input.readFile);
    plan.changes.push(write);
  }
  return plan;
}

function writeOf(
  entry: ContentEntry,
  translation: ContentTranslation | undefined,
  locale: string,
  changed: TranslationUnit[],
  targets: Map<string, string>,
  machine: boolean,
  current: EntryUnits,
  readFile: (file: string) => string | undefined,
): FileWrite {
  const file = translation?.file ?? join(entry.file, '..', '..', locale, basename(entry.file));
  const existing = readFile(file);
  const mdx = extname(file) === '.mdx';
  const values = changed
    .filter((unit) => unit.path !== bodyPath)
    .map((unit) => ({ path: unit.path, value: storedValue(unit, targets.get(unit.path) ?? '') }));
  const body = changed.find((unit) => unit.path === bodyPath);
  const text = updateTranslationFile(existing, mdx, {
    values,
    ...(body ? { body: targets.get(bodyPath) ?? '' } : {}),
    stamp: { source: current.fingerprint, machine },
  });
  return { file, title: current.title, fields: changed.map((unit) => unit.label), created: existing === undefined, text };
}
