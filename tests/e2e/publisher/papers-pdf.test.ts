import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeInfo } from '#src/i18n/locales.ts';
import { collections } from '#src/schema/index.ts';
import { localize, type Directory } from '#src/lib/content/directory.ts';
import { entryTitle, isInternal } from '#src/lib/content/shared-fields.ts';
import { formatDate } from '#src/lib/dates.ts';
import { absoluteUrl, downloadPath, entryPath } from '#src/lib/paths.ts';
import { brochureChapters } from '#src/lib/publish/brochure.ts';
import { documentVersion } from '#src/lib/publish/document-version.ts';
import { brochurePdfName, counterBrochurePdfName, paperPdfName } from '#src/lib/publish/downloads.ts';
import { paperEntries, paperIds } from '#src/lib/publish/papers.ts';
import { internalValues } from '#src/lib/schema/strip-internal.ts';
import { outlinePages } from '#scripts/papers/read-outline.ts';
import { pdfQrCodes } from '../../support/pdf-qr-codes.ts';
import { pdfText, scriptRuns, squash } from '../../support/pdf-text.ts';
import { pdfLocales, testBuilds } from '../../support/builds.ts';
import { runScript } from '../../support/content-fixtures.ts';
import { demoDirectory, loadDemoContent } from '../../support/demo-content.ts';

let directory: Directory;
let secrets: string[];

beforeAll(async () => {
  directory = await demoDirectory('public');
  // Every value the public edition must not show: internal fields, and whole internal entries.
  const content = await loadDemoContent();
  secrets = content.entries.flatMap((entry) => [
    ...internalValues(collections[entry.collection].schema, entry.data),
    ...(isInternal(entry) ? [entryTitle(entry)] : []),
  ]);
  expect(secrets.length).toBeGreaterThan(5);
});

const pdf = (locale: string, name: string) => join(testBuilds.public, downloadPath(locale, name));

/** Whether a PDF's text holds `expected`; in right-to-left documents script run by script run. */
function printed(text: string, expected: string, locale: string): boolean {
  const squashed = squash(text);
  if (localeInfo[locale as keyof typeof localeInfo].dir !== 'rtl') return squashed.includes(squash(expected));
  return scriptRuns(expected).every((run) => squashed.includes(run));
}

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
        const raw = pdfText(pdf(locale, paperPdfName(paper)));
        const text = squash(raw);
        const entries = paperEntries(directory, paper);
        const version = documentVersion(entries, directory.today);
        expect(text).toContain(squash(formatDate(version.stand, localeInfo[locale].intl)));
        expect(text).toContain(squash(version.version));
        const titles = entries.map((entry) => String(localize(entry, locale).localized.title));
        expect(titles.filter((title) => !printed(raw, title, locale))).toEqual([]);
        for (const secret of secrets) expect(text).not.toContain(squash(secret));
      });
    }

    it(`prints the brochure in ${locale} with every chapter's entries and no internal value`, () => {
      const raw = pdfText(pdf(locale, brochurePdfName('A4')));
      const text = squash(raw);
      const titles = brochureChapters(directory).flatMap((chapter) =>
        chapter.entries.map((entry) => String(localize(entry, locale).localized.title)),
      );
      expect(titles.filter((title) => !printed(raw, title, locale))).toEqual([]);
      for (const secret of secrets) expect(text).not.toContain(squash(secret));
    });
  }

  // The codes are lazy images on the page: printing must still put every one on paper. (German
  // only: reading 140 pages takes a while; the counter brochure test reads Arabic codes too.)
  it('prints beside every entry of the brochure a QR code that leads to its page', () => {
    const urls = brochureChapters(directory).flatMap((chapter) =>
      chapter.entries.map((entry) => absoluteUrl(directory.site.url, entryPath('de', entry.collection, entry.id))),
    );
    expect([...new Set(pdfQrCodes(pdf('de', brochurePdfName('A4'))))].sort()).toEqual([...new Set(urls)].sort());
  });

  it('numbers the pages and fills the table of contents', () => {
    const text = pdfText(pdf('de', paperPdfName('responsibilities')));
    expect(text).toMatch(/Seite 1 von \d+/);
    const contents = text.slice(text.indexOf('Inhalt'), text.indexOf('Seite 2 von'));
    expect(contents).toMatch(/\b[3-9]\b/);
  });

  // `npm run papers` prints each document once, with numbers found before printing; the
  // bookmarks of the printed PDF say where the chapters really begin.
  it('gives every chapter in the contents the page it starts on, in A4 and A5', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const locale of ['de', 'en']) {
      for (const name of [...paperIds.map(paperPdfName), brochurePdfName('A4'), brochurePdfName('A5')]) {
        const file = pdf(locale, name);
        const bookmarks = new Map([...(await outlinePages(readFileSync(file)))].map(([title, page]) => [squash(title), page]));
        // The contents are on page 2, one line per chapter: the title, then its page number.
        let title = '';
        for (const line of pdfText(file, { page: 2, layout: true }).split('\n')) {
          const numbered = /^\s*(.*?)\s{2,}(\d+)\s*$/.exec(line);
          if (!numbered) {
            title += line;
            continue;
          }
          title = squash(title + (numbered[1] ?? ''));
          const page = bookmarks.get(title);
          if (page !== undefined) {
            checked++;
            if (page !== Number(numbered[2])) wrong.push(`${locale}/${name}: „${title}“ ${numbered[2]}, begins on ${page}`);
          }
          title = '';
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  // The script loads every QR code before it prints: one missing must stop it, not leave a gap.
  it('stops with one line naming a QR code missing from the build, and writes no PDF without it', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'lotse-papers-'));
    try {
      // Hard links: the copy costs no space. The PDFs are written as new files into a fresh
      // downloads/ folder, and removing the QR code only unlinks it from the copy.
      execFileSync('cp', ['-al', `${testBuilds.public}/.`, copy]);
      rmSync(join(copy, 'downloads'), { recursive: true });
      const page = readFileSync(join(copy, 'de/brochure/counter/index.html'), 'utf8');
      const qrCode = /<img[^>]* src="(\/de\/qr\/[^"]+\.svg)"/.exec(page)?.[1];
      expect(qrCode).toBeDefined();
      rmSync(join(copy, qrCode!));
      const result = await runScript('scripts/papers.ts', ['--locales', 'de', '--only', counterBrochurePdfName], {
        env: { LOTSE_OUT_DIR: copy },
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(`✗ /de/brochure/counter/: Bild fehlt im Build: ${qrCode} – npm run build neu ausführen`);
      expect(existsSync(join(copy, downloadPath('de', counterBrochurePdfName)))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps Arabic text in logical order, as typed', () => {
    const raw = pdfText(pdf('ar', paperPdfName('responsibilities')));
    const text = squash(raw);
    const title = String(localize(directory.byId.get('aufenthaltstitel-verlaengern')!, 'ar').localized.title);
    // Words of three letters and more: a shorter one reads the same both ways round.
    const arabic = scriptRuns(title).filter((run) => /[\u0600-\u06ff]/.test(run) && run.length > 2);
    expect(arabic.length).toBeGreaterThan(0);
    for (const run of arabic) {
      expect(text).toContain(run);
      expect(text).not.toContain([...run].reverse().join(''));
    }
    // The cover title comes from the UI strings, also in Arabic.
    expect(text).toContain(squash('ورقة التنسيق'));
  });
});
