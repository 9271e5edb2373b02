import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections } from '#src/schema/index.ts';
import { internalValues } from '#src/lib/schema/strip-internal.ts';
import { cooperationPath } from '#src/lib/paths.ts';
import { launchBrowser } from '../../support/browser.ts';
import { pdfText, squash } from '../../support/pdf-text.ts';
import { pdfLocales, testBuilds } from '../../support/builds.ts';
import { loadDemoContent } from '../../support/demo-content.ts';
import { entryTitle, isInternal } from '#src/lib/content/shared-fields.ts';
import { findValues } from '../../support/site-files.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let agreementSecrets: string[];
let allSecrets: string[];
let server: StaticServer;

beforeAll(async () => {
  const content = await loadDemoContent();
  const secretsOf = (entry: (typeof content.entries)[number]) => internalValues(collections[entry.collection].schema, entry.data);
  agreementSecrets = content.entries.filter((entry) => entry.collection === 'agreements').flatMap(secretsOf);
  allSecrets = [...content.entries.flatMap(secretsOf), ...content.entries.filter(isInternal).map(entryTitle)];
  server = await serveStatic(testBuilds.internal);
});
afterAll(() => server.close());

describe('the public build', () => {
  // Pages and data files (the print pages of every language among them) are checked in
  // tests/e2e/editions.test.ts; here the PDFs printed from them, in German, English and Arabic.
  it('contains no internal value in any PDF', () => {
    expect(agreementSecrets.length).toBeGreaterThan(3);
    const pdfs = pdfLocales
      .flatMap((locale) => filesUnder(join(testBuilds.public, 'downloads', locale)))
      .filter((file) => extname(file) === '.pdf')
      .map((file) => ({ path: file, text: squash(pdfText(file)) }));
    expect(pdfs.length).toBeGreaterThan(6);
    const leaks = [...findValues(pdfs, allSecrets.map(squash))].flatMap(([secret, files]) => files.map((file) => `${file}: ${secret}`));
    expect(leaks).toEqual([]);
  });
});

describe('the cooperation view', () => {
  it('shows processes, risks, escalation path and contacts of agreements in the internal edition', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}${cooperationPath('de')}`);
      const text = await page.locator('main').innerText();
      for (const secret of agreementSecrets) expect(text).toContain(secret);
    } finally {
      await browser.close();
    }
  });

  it('lists the agreements of the public edition by level with the plain-language summary', async () => {
    const publicServer = await serveStatic(testBuilds.public);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${publicServer.url}${cooperationPath('en')}`);
      const level5 = page.locator('section[data-level="5"]');
      await expect.poll(() => level5.getByRole('heading', { level: 3 }).first().innerText()).toContain('5');
      // The demo's closest partner and one without agreement (docs/demo-content-plan.md §9).
      await expect
        .poll(() => level5.locator('[data-agreement="kooperation-awo-migrationsberatung-im-rathaus"]').innerText())
        .toContain('right next to the immigration office');
      await expect.poll(() => page.locator('[data-partner="mieterverein-musterstadt"]').getAttribute('data-standing')).toBe('on-request');
      const text = await page.locator('main').innerText();
      for (const secret of agreementSecrets) expect(text).not.toContain(secret);
    } finally {
      await browser.close();
      await publicServer.close();
    }
  });
});
