import { z } from 'astro/zod';
import { field, type FieldMeta } from '../field.ts';

/**
 * Uploaded files live in the content folder, so another municipality replaces them together
 * with its content: `content/media/<name>` is published as `/media/<name>`. Decap's media
 * library writes there (`media_folder`) and stores the public path in the entry (`public_folder`).
 */
export const media = {
  /** Folder under the content folder that holds uploads. */
  folder: 'media',
  /** Path prefix of uploads on the site and in entries. */
  publicPath: '/media/',
} as const;

/** The file under the content folder for a public media path ("/media/a.pdf" → "media/a.pdf"). */
export function mediaFileOf(publicPath: string): string {
  return `${media.folder}/${publicPath.slice(media.publicPath.length)}`;
}

/**
 * A PDF uploaded through the CMS's media library, stored as its public path, e.g.
 * "/media/integrationskonzept-2025.pdf". `npm run check` verifies that the file exists, is a
 * PDF and is not too large (src/lib/content/check-media-files.ts).
 */
export function pdfFile(meta: Omit<FieldMeta, 'i18n' | 'widget'>) {
  return field(
    z
      .string()
      .trim()
      .regex(/^\/media\/(?!.*\.\.)[^\s\\]+\.pdf$/i, {
        error:
          'ist kein Pfad zu einer PDF-Datei – die Datei über „Datei wählen“ in der Medienbibliothek hochladen (z. B. /media/geschaeftsordnung.pdf)',
      }),
    { ...meta, widget: 'file' },
  );
}
