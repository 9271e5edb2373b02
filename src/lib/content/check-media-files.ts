import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { media, mediaFileOf } from '#src/schema/shared/media.ts';
import { formatFileSize } from '../file-size.ts';

/** Every PDF starts with these bytes; a renamed Word file or image does not. */
const pdfMagic = '%PDF-';

async function publicPathsIn(contentDir: string): Promise<string[]> {
  try {
    const names = await readdir(join(contentDir, media.folder), { recursive: true });
    return names.filter((name) => name.toLowerCase().endsWith('.pdf')).map((name) => `${media.publicPath}${name.replaceAll('\\', '/')}`);
  } catch {
    return [];
  }
}

/**
 * What is wrong with an uploaded PDF an entry points to, in German with the fix, or undefined
 * when it is fine: the file must exist in `content/media/`, be a PDF by its first bytes (the
 * name alone proves nothing) and stay within the size limit of the site configuration.
 */
export async function pdfFileProblem(contentDir: string, publicPath: string, maxMegabytes: number): Promise<string | undefined> {
  const path = join(contentDir, mediaFileOf(publicPath));
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    const others = await publicPathsIn(contentDir);
    const guess = others.length > 0 ? ` – meinten Sie „${closest(publicPath, others)}“? Sonst` : ' –';
    return `„${publicPath}“ fehlt in der Medienbibliothek (Ordner „${media.folder}“ im Inhaltsordner)${guess} die PDF hochladen oder den Pfad korrigieren`;
  }
  const handle = await open(path, 'r');
  const start = Buffer.alloc(pdfMagic.length);
  try {
    await handle.read(start, 0, pdfMagic.length, 0);
  } finally {
    await handle.close();
  }
  if (start.toString('latin1') !== pdfMagic) {
    return `„${publicPath}“ ist keine PDF-Datei (sie beginnt nicht mit „%PDF-“) – das Dokument als PDF speichern („Als PDF exportieren“ oder „Drucken als PDF“) und neu hochladen`;
  }
  const limit = maxMegabytes * 1024 * 1024;
  if (size > limit) {
    return `„${publicPath}“ ist ${formatFileSize(size)} groß, erlaubt sind höchstens ${formatFileSize(limit)} (maxDocumentMegabytes in site.config.yaml) – die PDF verkleinern (z. B. Bilder mit geringerer Auflösung speichern) oder das Dokument als Link eintragen`;
  }
  return undefined;
}
