import { z } from 'astro/zod';
import { actorCollections } from '../shared/actor.ts';
import { isoDate } from '../shared/dates.ts';
import { entryFields } from '../shared/entry.ts';
import { webUrl } from '../shared/links.ts';
import { pdfFile } from '../shared/media.ts';
import { ref, refs, term, terms } from '../shared/refs.ts';
import { plain, text } from '../shared/text.ts';

/** Entries a document can belong to; their pages list it (agreements: their public version). */
const documentOwnerCollections = ['networks', 'agreements', 'responsibilities', 'pages'] as const;

/**
 * A document (Dokument / Publikation) the network works with and publishes: an integration
 * concept or mission statement (002:L462, L474–510; 003:L147), the rules of procedure of a
 * network (002:L801), the public version of an agreement, a multilingual form or leaflet
 * (003:L165–167), a transparency guideline (004:L66), a report. Kinds are a vocabulary
 * (`document-kinds`), so a municipality names its own. The file is a PDF kept in the repository
 * (uploaded through the CMS) or a link to the issuer's current version (002:L1174).
 */
export const documentSchema = z
  .strictObject({
    ...entryFields('Titel des Dokuments', 'Wie er auf dem Dokument steht, z. B. „Integrationskonzept 2025–2030“.'),
    kind: term('document-kinds', { label: 'Art des Dokuments', search: 'keywords' }),
    issuer: ref([...actorCollections, 'networks'], {
      label: 'Herausgegeben von',
      hint: 'Die Stelle, der Verein oder das Netzwerk, das das Dokument beschlossen oder veröffentlicht hat.',
      search: 'text',
    }),
    /** Date of this version: adopted, signed or published. Shown as the document's date. */
    issued: isoDate({
      label: 'Datum der Fassung',
      hint: 'Tag des Beschlusses, der Unterzeichnung oder der Veröffentlichung dieser Fassung.',
    }),
    version: plain({
      label: 'Fassung',
      hint: 'z. B. „2. Fortschreibung“ oder „Version 1.3“. Leer lassen, wenn das Dokument keine Fassung nennt.',
    }).optional(),
    /** Concepts go out of date (002:L510): a document may say until when it applies. */
    validUntil: isoDate({ label: 'Gültig bis', hint: 'Nur ausfüllen, wenn das Dokument selbst eine Geltungsdauer nennt.' }).optional(),
    approvedBy: text({ label: 'Beschlossen durch', hint: 'z. B. „Stadtrat, Beschluss vom 14.05.2025“' }).optional(),
    languages: terms(
      'languages',
      { label: 'Sprachen des Dokuments', hint: 'Alle Sprachen, in denen das Dokument (oder diese Datei) vorliegt.' },
      1,
    ),
    file: pdfFile({
      label: 'PDF-Datei',
      hint: 'Über „Datei wählen“ hochladen. Nur PDF; die Größengrenze steht in site.config.yaml (maxDocumentMegabytes).',
    }).optional(),
    url: webUrl({
      label: 'Link zum Dokument',
      hint: 'Statt einer Datei (oder zusätzlich): die Adresse, unter der die herausgebende Stelle die aktuelle Fassung veröffentlicht.',
    }).optional(),
    relatedTo: refs(documentOwnerCollections, {
      label: 'Gehört zu',
      hint: 'Netzwerke, Vereinbarungen, Zuständigkeiten oder Seiten, auf deren Seite das Dokument erscheinen soll, z. B. das Netzwerk zu seiner Geschäftsordnung.',
    }).default([]),
  })
  .superRefine((data, ctx) => {
    if (!data.file && !data.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: 'fehlt – eine PDF-Datei hochladen oder unter „Link zum Dokument“ eine Adresse eintragen',
      });
    }
    if (data.validUntil && data.validUntil < data.issued) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `„Gültig bis“ (${data.validUntil}) liegt vor dem Datum der Fassung (${data.issued}) – Daten prüfen`,
      });
    }
  });
