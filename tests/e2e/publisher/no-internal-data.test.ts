import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../../src/schema/index.ts';
import { internalValues } from '../../../src/lib/schema/strip-internal.ts';
import { cooperationPath } from '../../../src/lib/paths.ts';
import { launchBrowser } from '../../support/browser.ts';
import { pdfText, squash } from '../../support/pdf-text.ts';
import { publisherBuilds } from '../../support/publisher-builds.ts';
import { loadPublisherContent } from '../../support/publisher-fixture.ts';
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
  const content = await loadPublisherContent();
  const secretsOf = (entry: (typeof content.entries)[number]) => internalValues(collections[entry.collection].schema, entry.data);
  agreementSecrets = content.entries.filter((entry) => entry.collection === 'agreements').flatMap(secretsOf);
  allSecrets = [
    ...content.entries.flatMap(secretsOf),
    ...content.entries.filter((entry) => entry.data['visibility'] === 'internal').map((entry) => String(entry.data['title'])),
  ];
  server = await serveStatic(publisherBuilds.internal);
});
afterAll(() => server.close());

describe('the public build', () => {
  it('contains no internal value in any page, data file or PDF', () => {
    expect(agreementSecrets.length).toBeGreaterThan(3);
    const leaks: string[] = [];
    for (const file of filesUnder(publisherBuilds.public)) {
      const extension = extname(file);
      if (!['.html', '.json', '.csv', '.ics', '.xml', '.pdf', '.js', '.txt'].includes(extension)) continue;
      const text = extension === '.pdf' ? squash(pdfText(file)) : readFileSync(file, 'utf8');
      for (const secret of allSecrets) {
        if (text.includes(extension === '.pdf' ? squash(secret) : secret)) leaks.push(`${file}: ${secret}`);
      }
    }
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
    const publicServer = await serveStatic(publisherBuilds.public);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${publicServer.url}${cooperationPath('en')}`);
      const level5 = page.locator('section[data-level="5"]');
      await expect(level5.getByRole('heading', { level: 3 }).first().innerText()).resolves.toContain('5');
      await expect(level5.locator('[data-agreement="kooperation-awo"]').innerText()).resolves.toContain('same corridor');
      await expect(page.locator('[data-partner="ihk-musterstadt"]').getAttribute('data-standing')).resolves.toBe('on-request');
      const text = await page.locator('main').innerText();
      for (const secret of agreementSecrets) expect(text).not.toContain(secret);
    } finally {
      await browser.close();
      await publicServer.close();
    }
  });
});
