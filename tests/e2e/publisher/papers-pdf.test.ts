import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeInfo } from '../../../src/i18n/locales.ts';
import { collections } from '../../../src/schema/index.ts';
import { localize, type Directory } from '../../../src/lib/content/directory.ts';
import { formatDate } from '../../../src/lib/dates.ts';
import { downloadPath } from '../../../src/lib/paths.ts';
import { brochureChapters } from '../../../src/lib/publish/brochure.ts';
import { documentVersion } from '../../../src/lib/publish/document-version.ts';
import { brochurePdfName, paperPdfName } from '../../../src/lib/publish/downloads.ts';
import { paperEntries, paperIds } from '../../../src/lib/publish/papers.ts';
import { internalValues } from '../../../src/lib/schema/strip-internal.ts';
import { pdfText, squash } from '../../support/pdf-text.ts';
import { pdfLocales, publisherBuilds } from '../../support/publisher-builds.ts';
import { loadPublisherContent, publisherDirectory } from '../../support/publisher-fixture.ts';

let directory: Directory;
let secrets: string[];

beforeAll(async () => {
  directory = await publisherDirectory('public');
  // Every value the public edition must not show: internal fields, and whole internal entries.
  const content = await loadPublisherContent();
  secrets = content.entries.flatMap((entry) => [
    ...internalValues(collections[entry.collection].schema, entry.data),
    ...(entry.data['visibility'] === 'internal' ? [String(entry.data['title'])] : []),
  ]);
  expect(secrets.length).toBeGreaterThan(5);
});

const pdf = (locale: string, name: string) => join(publisherBuilds.public, downloadPath(locale, name));

describe('npm run papers', () => {
  it('writes the four papers and the brochure in A4 and A5 for de, en and ar', () => {
    for (const locale of pdfLocales) {
      for (const name of [...paperIds.map(paperPdfName), brochurePdfName('A4'), brochurePdfName('A5')]) {
        expect(existsSync(pdf(locale, name)), `${locale}/${name}.pdf`).toBe(true);
      }
    }
  });

  for (const locale of pdfLocales) {
    for (const paper of paperIds) {
      it(`prints the ${paper} paper in ${locale} with its Stand date, every public entry and no internal value`, () => {
        const text = squash(pdfText(pdf(locale, paperPdfName(paper))));
        const entries = paperEntries(directory, paper);
        const version = documentVersion(entries, directory.today);
        expect(text).toContain(squash(formatDate(version.stand, localeInfo[locale].intl)));
        expect(text).toContain(squash(version.version));
        for (const entry of entries) expect(text).toContain(squash(String(localize(entry, locale).localized.title)));
        for (const secret of secrets) expect(text).not.toContain(squash(secret));
      });
    }

    it(`prints the brochure in ${locale} with every chapter's entries and no internal value`, () => {
      const text = squash(pdfText(pdf(locale, brochurePdfName('A4'))));
      for (const chapter of brochureChapters(directory)) {
        for (const entry of chapter.entries) expect(text).toContain(squash(String(localize(entry, locale).localized.title)));
      }
      for (const secret of secrets) expect(text).not.toContain(squash(secret));
    });
  }

  it('numbers the pages and fills the table of contents', () => {
    const text = pdfText(pdf('de', paperPdfName('responsibilities')));
    expect(text).toMatch(/Seite 1 von \d+/);
    const contents = text.slice(text.indexOf('Inhalt'), text.indexOf('Seite 2 von'));
    expect(contents).toMatch(/\b[3-9]\b/);
  });

  it('keeps Arabic text in logical order, as typed', () => {
    const text = squash(pdfText(pdf('ar', paperPdfName('responsibilities'))));
    const title = String(localize(directory.byId.get('aufenthaltstitel-verlaengern')!, 'ar').localized.title);
    expect(title).toMatch(/[\u0600-\u06ff]/);
    expect(text).toContain(squash(title));
    expect(text).not.toContain(squash([...title].reverse().join('')));
    // The cover title comes from the UI strings, also in Arabic.
    expect(text).toContain(squash('ورقة التنسيق'));
  });
});
