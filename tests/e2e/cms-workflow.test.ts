import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associationSchema } from '#src/schema/collections/associations.ts';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { sourceFingerprint, translatableKeys } from '#src/lib/schema/translation.ts';
import { collectionNames, collections } from '#src/schema/index.ts';
import { launchBrowser, recordedPage, type PageRecord } from '../support/browser.ts';
import { testToday } from '../support/builds.ts';
import { cmsConfirmPath } from '#src/lib/paths.ts';
import { startLocalCms, type LocalCms } from '../support/local-cms.ts';

// The editorial workflow end to end: `npm start` (decap-server in MODE=git on a temporary
// clone of the repository, astro dev with the admin), driven in Debian's Chromium the way an
// editor works: create, translate, save as draft, review, publish; then check and build.

let cms: LocalCms;
let browser: Browser;
let page: Page;
let record: PageRecord;

const hub = 'auslaenderbehoerde-musterstadt';

function readYaml(text: string): Record<string, unknown> {
  return load(text, { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

/** A value with every text trimmed, as the schemas read it (`z.string().trim()`). */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
  return value;
}

/** A file as committed on a branch of the CMS clone. */
function fileOn(branch: string, path: string): Record<string, unknown> {
  return readYaml(cms.git('show', `${branch}:${path}`));
}

function filesOn(branch: string, folder: string): string[] {
  return cms.git('ls-tree', '-r', '--name-only', branch, '--', folder).split('\n').filter(Boolean);
}

/** Open the CMS; the first time, log in (decap-server needs no password). */
async function login(): Promise<void> {
  // Decap may still be moving to the entry it just published; a new page load waits for that.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`${cms.siteUrl}/admin/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      break;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('interrupted by another navigation')) throw error;
    }
  }
  const loginButton = page.getByRole('button', { name: 'Login' });
  const collectionsList = page.getByText('Inhaltstypen');
  // astro dev compiles the admin on first use, which takes a while on a busy machine.
  await loginButton.or(collectionsList).first().waitFor({ timeout: 90_000 });
  if (await loginButton.isVisible()) await loginButton.click();
  await collectionsList.waitFor();
}

/** Decap adds " (optional)" to the labels of optional fields. */
const labelled = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`));
/** A field of the German pane (left); translatable fields appear again in the right pane. */
const german = (label: string) => labelled(label).first();
const translated = (label: string) => labelled(label).last();

/** Choose an option of a select field by typing part of its label. */
async function choose(label: string, text: string): Promise<void> {
  await german(label).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Switch the right-hand pane to another language. */
async function translateInto(locale: string): Promise<void> {
  await page.getByRole('button', { name: /^Aktuelle Sprache: (?!DE)/ }).click();
  await page.getByRole('menuitem', { name: locale, exact: true }).click();
  await page.getByRole('button', { name: `Aktuelle Sprache: ${locale.toUpperCase()}` }).waitFor();
}

async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.getByText('Änderungen gespeichert').waitFor({ timeout: 30_000 });
}

async function setStatus(from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Status: ${from}` }).click();
  await page.getByRole('menuitem', { name: to }).click();
  await page.getByRole('button', { name: `Status: ${to}` }).waitFor({ timeout: 30_000 });
}

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
  await page
    .getByRole('button', { name: /Veröffentlicht/ })
    .first()
    .waitFor({ timeout: 30_000 });
}

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(async () => {
  cms = await startLocalCms();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 }, locale: 'de-DE' });
  ({ page, record } = await recordedPage(context));
  // Decap asks before publishing.
  page.on('dialog', (dialog) => void dialog.accept());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('the CMS with the local review workflow', () => {
  it('opens at /admin/ in German with every collection and without a configuration error', async () => {
    await login();
    for (const name of collectionNames)
      await expect.poll(() => page.getByRole('link', { name: collections[name].label, exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Vokabulare', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Fehler beim Laden der Konfiguration|Config Errors/i).count()).toBe(0);
    expect(record.pageErrors).toEqual([]);
    // Decap and its chunks come from the site itself; the only other address is decap-server.
    const hosts = new Set(record.requests.map((url) => new URL(url).hostname));
    expect([...hosts]).toEqual(['127.0.0.1']);
  });

  it('previews an entry like its page on the site, with the site’s stylesheet', async () => {
    await login();
    await page.goto(`${cms.siteUrl}/admin/#/collections/organisations/entries/${hub}`);
    await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('article.entry h1').textContent()).toBe('Ausländerbehörde Musterstadt');
    await expect.poll(() => preview.locator('dl.facts').textContent()).toContain('Öffentliche Verwaltung');
    await expect.poll(() => preview.locator('table').first().textContent()).toContain('07:30–12:00');
    const stylesheets = await preview
      .locator('link[rel=stylesheet]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(stylesheets.some((href) => href?.includes('global'))).toBe(true);
    // Decap remembers the pane; back to the translation pane for the following tests.
    await page.getByRole('button', { name: 'Übersetzungen', exact: true }).click();
    await page.getByRole('button', { name: 'Aktuelle Sprache: EN' }).waitFor();
  });

  it('creates an association in German and English, takes it through review and publishes it with all shared fields', async () => {
    const published = filesOn('main', 'content/associations');
    await login();
    await page.goto(`${cms.siteUrl}/admin/#/collections/associations/new`);
    await german('Name des Vereins oder der Initiative').fill('Kulturverein Testfeld');
    await translated('Name des Vereins oder der Initiative').fill('Testfeld Cultural Association');
    await german('Kurzbeschreibung').fill('Treffpunkt für Familien im Testfeld.');
    await translated('Kurzbeschreibung').fill('A meeting place for families in Testfeld.');
    await choose('Handlungsfelder', 'Aufenthalt');
    await german('Zuletzt geprüft am').fill('2026-11-20');
    await german('Verantwortlich für die Pflege').fill('Kulturverein Testfeld, Vorstand');
    await choose('Art der Organisation', 'Behörde');
    await choose('Rechtsform', 'Eingetragener Verein');
    // Fixed values show their German labels, not the stored values.
    await expect.poll(() => page.getByText('Öffentlich (public)', { exact: true }).count()).toBeGreaterThan(0);
    await german('Dachverband oder Trägerorganisation').fill('Ausländer');
    await page.getByRole('button', { name: 'Ausländerbehörde Musterstadt (Organisationen)' }).click();
    await save();

    // Saved as a draft: a branch of its own, nothing on main yet.
    const branch = 'cms/associations/kulturverein-testfeld';
    expect(cms.git('branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n')).toContain(branch);
    expect(filesOn('main', 'content/associations')).toEqual(published);

    await setStatus('Entwurf', 'Zur Überprüfung');
    await setStatus('Zur Überprüfung', 'Abgeschlossen');
    await publish();

    expect(cms.git('branch', '--list', 'cms/*')).toBe('');
    // Exactly the German and the English file are new; languages nobody translated get no file.
    expect(filesOn('main', 'content/associations').filter((file) => !published.includes(file))).toEqual([
      'content/associations/de/kulturverein-testfeld.yaml',
      'content/associations/en/kulturverein-testfeld.yaml',
    ]);
    const de = fileOn('main', 'content/associations/de/kulturverein-testfeld.yaml');
    expect(de).toMatchObject({
      title: 'Kulturverein Testfeld',
      topics: ['aufenthalt'],
      reviewed: '2026-11-20',
      owner: 'Kulturverein Testfeld, Vorstand',
      providerType: 'behoerde',
      legalForm: 'registered-association',
      parent: hub,
    });
    const en = fileOn('main', 'content/associations/en/kulturverein-testfeld.yaml');
    // Only translatable fields, stamped with the fingerprint of the German text it translates.
    expect(en).toEqual({
      title: 'Testfeld Cultural Association',
      summary: 'A meeting place for families in Testfeld.',
      translation: { source: sourceFingerprint(associationSchema, associationSchema.parse(de)) },
    });
  });

  it('keeps every shared field of an entry when translators save English and Arabic texts', async () => {
    const path = (locale: string) => `content/organisations/${locale}/${hub}.yaml`;
    const files = filesOn('main', 'content/organisations').filter((file) => file.includes(hub));
    const before = Object.fromEntries(files.map((file) => [file, fileOn('main', file)]));
    await login();
    await page.goto(`${cms.siteUrl}/admin/#/collections/organisations/entries/${hub}`);
    await translated('Name der Organisation').fill('Immigration Office of Musterstadt');
    await translateInto('ar');
    await translated('Name der Organisation').fill('دائرة الأجانب في موسترشتات');
    await translated('Kurzbeschreibung').fill('مسؤولة عن تصاريح الإقامة.');
    // Decap edits left to right; Lotse lets each field follow its text, so Arabic reads right to left.
    await expect
      .poll(() =>
        translated('Name der Organisation').evaluate((field) =>
          field.getAttribute('dir') === 'auto' ? getComputedStyle(field).direction : 'no dir',
        ),
      )
      .toBe('rtl');
    await save();
    await setStatus('Entwurf', 'Zur Überprüfung');
    await setStatus('Zur Überprüfung', 'Abgeschlossen');
    await publish();

    // The German file, with coordinates, references and internal contacts, keeps every value.
    // Decap writes the file anew in its own YAML style and the save trims texts, so a Markdown
    // block loses its final line break ("|" becomes "|-"): the schema trims every text
    // anyway, so the entry, its page and its fingerprint stay the same.
    const german = fileOn('main', path('de'));
    expect(trimmed(german)).toEqual(trimmed(before[path('de')]));
    const fingerprint = sourceFingerprint(organisationSchema, organisationSchema.parse(german));
    expect(fingerprint).toBe(sourceFingerprint(organisationSchema, organisationSchema.parse(before[path('de')])));
    const allowed = [...translatableKeys(organisationSchema), 'translation'];
    for (const locale of ['en', 'ar']) {
      const translation = fileOn('main', path(locale));
      expect(Object.keys(translation).filter((key) => !allowed.includes(key))).toEqual([]);
      expect(translation['translation']).toEqual({ source: fingerprint });
    }
    expect(fileOn('main', path('en'))['title']).toBe('Immigration Office of Musterstadt');
    expect(fileOn('main', path('ar'))['title']).toBe('دائرة الأجانب في موسترشتات');
    // The languages nobody touched keep their texts, stay current (their stamp still matches)
    // and stay marked as machine translations: nobody checked them.
    expect(filesOn('main', 'content/organisations').filter((file) => file.includes(hub))).toEqual(files);
    for (const locale of ['fa', 'tr', 'uk', 'ru']) {
      expect(trimmed(fileOn('main', path(locale))), locale).toEqual(trimmed(before[path(locale)]));
      expect(fileOn('main', path(locale))['translation'], locale).toEqual({ source: fingerprint, machine: true });
    }
  });

  it('shows a change of opening hours made in the CMS in the review report', async () => {
    await login();
    await page.goto(`${cms.siteUrl}/admin/#/collections/organisations/entries/${hub}`);
    // Expand the (collapsed) walk-in desk: the first button of the list item's top bar.
    const desk = 'Info- und Servicestelle der Ausländerbehörde, Neues Rathaus, Erdgeschoss';
    await page.getByText(desk).first().locator('xpath=preceding-sibling::div[1]//button').first().click();
    // The other (collapsed) location's field is in the page too, hidden.
    const hours = labelled('Öffnungszeiten').filter({ visible: true });
    const old = await hours.inputValue();
    expect(old).toBe('Mo-Fr 08:00-12:00, Th 14:00-17:30; PH off');
    await hours.fill('Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off');
    await expect.poll(() => page.getByText('So erscheint die Woche auf der Seite:').count()).toBeGreaterThan(0);
    await save();

    const review = run(['scripts/review.ts', '--repo', cms.repo, '--base', 'main', '--head', `cms/organisations/${hub}`]);
    expect(review.status, review.stderr).toBe(0);
    expect(review.stdout).toContain(
      `Öffnungszeiten von Ausländerbehörde Musterstadt (Standorte: „${desk}“) geändert: „${old}“ → „Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off“`,
    );
    expect(review.stdout).toContain('**Prüfung:** ✓');
  });

  it('confirms an entry as still correct with one click from the to-do view, changing only its review date', async () => {
    const id = 'kulturverein-testfeld';
    const before = fileOn('main', `content/associations/de/${id}.yaml`);
    const englishBefore = cms.git('show', `main:content/associations/en/${id}.yaml`);
    await login();
    // The link of the to-do view (cmsConfirmPath): opening it is the one click.
    await page.goto(`${cms.siteUrl}${cmsConfirmPath('associations', id)}`);
    await page.getByText('Änderungen gespeichert').waitFor({ timeout: 60_000 });
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const branch = `cms/associations/${id}`;
    expect(fileOn(branch, `content/associations/de/${id}.yaml`)).toEqual({ ...before, reviewed: today });
    expect(cms.git('show', `${branch}:content/associations/en/${id}.yaml`)).toBe(englishBefore);
    const review = run(['scripts/review.ts', '--repo', cms.repo, '--base', 'main', '--head', branch]);
    expect(review.stdout).toContain(
      `- Geändert: Verein „Kulturverein Testfeld“ (associations/${id})\n  - Zuletzt geprüft am von Kulturverein Testfeld geändert: „2026-11-20“ → „${today}“\n\n`,
    );
    // Reloading the page does not confirm again: the request was removed from the address.
    await expect.poll(() => page.url()).not.toContain('noch-aktuell');
  });

  it('adds a group of search synonyms in the vocabulary collection; the file keeps every other group and the review names it', async () => {
    const path = 'content/vocabularies/synonyms.yaml';
    const before = fileOn('main', path) as { terms: Record<string, unknown>[] };
    await login();
    await page.goto(`${cms.siteUrl}/admin/#/collections/vocabularies/entries/synonyms`);
    await page.getByRole('button', { name: 'begriff hinzufügen', exact: true }).click();
    await labelled('Kennung').filter({ visible: true }).fill('fuehrerschein');
    const words = ['Führerschein', 'Fahrerlaubnis', 'driving licence'];
    for (const word of words) {
      await page.getByRole('button', { name: 'suchbegriff hinzufügen', exact: true }).filter({ visible: true }).click();
      await labelled('Gleichbedeutende Suchbegriffe').filter({ visible: true }).last().fill(word);
    }
    await save();

    const branch = 'cms/vocabularies/synonyms';
    const saved = fileOn(branch, path) as { terms: Record<string, unknown>[] };
    expect(Object.keys(saved)).toEqual(['terms']);
    expect(trimmed(saved.terms.slice(0, -1))).toEqual(trimmed(before.terms));
    expect(saved.terms.at(-1)).toEqual({ id: 'fuehrerschein', terms: words });
    const review = run(['scripts/review.ts', '--repo', cms.repo, '--base', 'main', '--head', branch]);
    expect(review.status, review.stdout + review.stderr).toBe(0);
    expect(review.stdout).toContain('- Neu: Begriff „fuehrerschein“ (synonyms/fuehrerschein) in „Suchbegriffe (Synonyme)“');
    expect(review.stdout).toContain('**Prüfung:** ✓');

    await setStatus('Entwurf', 'Zur Überprüfung');
    await setStatus('Zur Überprüfung', 'Abgeschlossen');
    await publish();
    expect((fileOn('main', path) as { terms: unknown[] }).terms).toHaveLength(before.terms.length + 1);
  });

  // Last, so that the build does not disturb astro dev while the editor works.
  // A whole build of the site: minutes on a busy machine.
  it(
    'passes the check and builds with the published changes; the new entry has its page in German and English',
    { timeout: 600_000 },
    () => {
      const contentDir = join(cms.repo, 'content');
      const configFile = join(cms.repo, 'site.config.yaml');
      const check = run(['scripts/check.ts', '--content', contentDir, '--config', configFile]);
      expect(check.stdout + check.stderr).toContain('alles gültig');
      expect(check.status).toBe(0);

      const out = mkdtempSync(join(tmpdir(), 'lotse-cms-build-'));
      try {
        const build = run(['scripts/build.ts'], {
          LOTSE_CONTENT_DIR: contentDir,
          LOTSE_SITE_CONFIG: configFile,
          LOTSE_OUT_DIR: join(out, 'site'),
          LOTSE_TODAY: testToday,
        });
        expect(build.status, build.stdout + build.stderr).toBe(0);
        const dePage = readFileSync(join(out, 'site/de/associations/kulturverein-testfeld/index.html'), 'utf8');
        const enPage = readFileSync(join(out, 'site/en/associations/kulturverein-testfeld/index.html'), 'utf8');
        expect(dePage).toContain('Kulturverein Testfeld');
        expect(enPage).toContain('Testfeld Cultural Association');
        expect(existsSync(join(out, 'site/admin/decap/decap-cms.js'))).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );
});
