import { z } from 'astro/zod';
import { field } from './field.ts';
import type { CollectionName } from './names.ts';
import { refs, term } from './shared/refs.ts';

/**
 * Publications the editors compose from entries, one YAML file each under
 * `content/publications/` (a file collection „Veröffentlichungen“ in the CMS). Optional: without
 * the file the publication is simply not printed.
 */

/** Kinds of entries a counsellor refers people to: the brochures list these, in this order. */
export const referralCollections: readonly CollectionName[] = [
  'responsibilities',
  'services',
  'interpreting',
  'projects',
  'organisations',
  'associations',
];

/**
 * The counter edition of the referral brochure (Kurzfassung für den Schalter): the toolkit's
 * "Broschüre für die Verweisberatung" is a short instrument for the counter (003:L172), not a
 * print of everything. Editors choose the chapters and, in each, the entries and their order.
 */
export const counterBrochureSchema = z
  .strictObject({
    chapters: field(
      z
        .array(
          z.strictObject({
            topic: term('topics', {
              label: 'Kapitel (Thema)',
              hint: 'Die Überschrift des Kapitels ist die Bezeichnung des Themas, in jeder Sprache.',
            }),
            entries: refs(
              referralCollections,
              {
                label: 'Einträge in dieser Reihenfolge',
                hint: 'Zuständigkeiten, Beratungsangebote, Sprachmittlung, Projekte, Organisationen oder Vereine. Mit „Nach oben“ ändern Sie die Reihenfolge.',
                ordered: true,
              },
              1,
            ),
          }),
        )
        .min(1, 'ist leer – mindestens ein Kapitel mit Einträgen anlegen'),
      {
        label: 'Kapitel',
        labelSingular: 'Kapitel',
        hint: 'Die Kurzfassung wird als A5-Heft gedruckt und darf höchstens 24 Seiten haben: etwa 20 bis 25 Einträge. Längere Texte (Russisch, Ukrainisch) brauchen mehr Platz als Deutsch.',
      },
    ),
  })
  .superRefine((data, ctx) => {
    // A short brochure shows each entry once; the print page could not show it twice anyway.
    const seen = new Map<string, string>();
    data.chapters.forEach((chapter, chapterIndex) =>
      chapter.entries.forEach((id, entryIndex) => {
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['chapters', chapterIndex, 'entries', entryIndex],
            message: `„${id}“ steht schon im Kapitel „${first}“ – jeder Eintrag nur einmal; hier entfernen`,
          });
        } else seen.set(id, chapter.topic);
      }),
    );
  });

export type CounterBrochure = z.output<typeof counterBrochureSchema>;

/** Every publication file: name (file name without `.yaml`), German label and schema. */
export const publications = {
  'counter-brochure': { label: 'Broschüre für den Schalter (Kurzfassung)', schema: counterBrochureSchema },
} as const;

export type PublicationName = keyof typeof publications;

/** Names of the publication files, in CMS order. */
export const publicationNames = Object.keys(publications) as PublicationName[];
