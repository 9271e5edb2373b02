import { lstatSync, readFileSync } from 'node:fs';
import type { Problem } from './problem.ts';

/**
 * Largest content file Lotse reads (256 KB). The longest demo file is 16 KB; a file many times
 * larger is almost always a mistake (a pasted PDF, a log file) and would slow every build.
 */
const maxFileBytes = 256 * 1024;

const byteOrderMark = [0xef, 0xbb, 0xbf];

/** "256 KB", "5,2 MB": sizes as editors read them. */
function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Read a content file as text the way every editor saves it, and refuse what would be read
 * wrongly: a symbolic link (it may point out of the content folder), a file over
 * {@link maxFileBytes}, and text that is not UTF-8 (a Latin-1 „ü“ would show as „�“ on the
 * site). A UTF-8 byte-order mark, which some Windows editors write, is dropped.
 * @param shown the path as messages show it
 */
export function readTextFile(path: string, shown: string): { text: string; problem?: undefined } | { problem: Problem } {
  // Read synchronously: content files are small and read one after another, and each
  // asynchronous read is a round trip through Node's thread pool. For the 14,000 files of the
  // synthetic set, the check spent 40 % of its time waiting for them (8.7 s in all).
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { problem: { file: shown, message: 'Datei nicht gefunden – Pfad prüfen' } };
  }
  if (stats.isSymbolicLink()) return { problem: symbolicLinkProblem(shown) };
  if (stats.isDirectory()) return { problem: { file: shown, message: 'ist ein Ordner, keine Datei – Namen prüfen' } };
  if (stats.size > maxFileBytes) {
    return {
      problem: {
        file: shown,
        message: `ist zu groß (${formatSize(stats.size)}) – eine Datei darf höchstens ${formatSize(maxFileBytes)} haben; lange Texte kürzen oder auf mehrere Einträge verteilen`,
      },
    };
  }
  const bytes = readFileSync(path);
  const start = byteOrderMark.every((byte, index) => bytes[index] === byte) ? 3 : 0;
  const content = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    // Where the first byte that is not UTF-8 is, so the editor finds the „ü“ to fix.
    const lenient = new TextDecoder('utf-8').decode(content);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return {
      problem: {
        file: shown,
        line,
        message: 'ist nicht als UTF-8 gespeichert, Umlaute würden falsch angezeigt – die Datei im Editor mit der Kodierung „UTF-8“ speichern',
      },
    };
  }
}

/** A symbolic link inside the content folder is never followed. */
export function symbolicLinkProblem(shown: string): Problem {
  return {
    file: shown,
    message:
      'ist eine Verknüpfung (symbolischer Link) – Lotse liest nur Dateien, die wirklich im Inhaltsordner liegen; die Verknüpfung durch die Datei selbst ersetzen',
  };
}
