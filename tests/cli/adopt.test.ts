import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedBackend } from '#cms/config/render-cms-config.ts';
import { fingerprint } from '#src/lib/hash.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collectionNames, vocabularyNames } from '#src/schema/names.ts';
import { runScript } from '../support/content-fixtures.ts';
import { demoTraces, findDemoTraces } from '../support/demo-traces.ts';

// A second town adopts Lotse: `npm run new-site` writes the starter kit, which passes the check
// and builds as it is; another town's content set builds from LOTSE_CONTENT_DIR and
// LOTSE_SITE_CONFIG; and nothing of the demo (Musterstadt) is anywhere in either build. Each
// site is built once, in a folder of its own under .lotse/ (inside the project, as an adopter's
// content folder is).

const work = (() => {
  mkdirSync('.lotse', { recursive: true });
  return mkdtempSync(resolve('.lotse/adopt-'));
})();
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Astro keeps a content cache per content folder (astro.config.mjs); the starter's folder is
// new on every run, so its cache goes with it.
afterAll(() => rmSync(resolve('node_modules/.astro', fingerprint(starter.contentDir)), { recursive: true, force: true }));

const starter = {
  contentDir: join(work, 'starter/content'),
  configFile: join(work, 'starter/site.config.yaml'),
  out: join(work, 'starter-dist'),
};
const secondTown = {
  contentDir: resolve('tests/fixtures/second-town/content'),
  configFile: resolve('tests/fixtures/second-town/site.config.yaml'),
  out: join(work, 'second-town-dist'),
};

/** `npm run build` of a content set, as CI runs it; returns the seconds it took. */
async function build(site: { contentDir: string; configFile: string; out: string }): Promise<number> {
  const started = performance.now();
  const result = await runScript('scripts/build.ts', [], {
    env: { LOTSE_CONTENT_DIR: site.contentDir, LOTSE_SITE_CONFIG: site.configFile, LOTSE_OUT_DIR: site.out, LOTSE_TODAY: '2026-11-22' },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return Math.round((performance.now() - started) / 1000);
}

/** Ids another town legitimately shares with the demo: its own entries' ids and its vocabulary terms. */
function ownIds(contentDir: string): string[] {
  const entries = collectionNames.flatMap((collection) => {
    try {
      return readdirSync(join(contentDir, collection, 'de')).map((file) => file.replace(/\.(yaml|mdx)$/, ''));
    } catch {
      return [];
    }
  });
  const terms = vocabularyNames.flatMap((name) => {
    try {
      const data = load(readFileSync(join(contentDir, 'vocabularies', `${name}.yaml`), 'utf8'), { schema: CORE_SCHEMA }) as {
        terms: { id: unknown }[];
      };
      return data.terms.map((term) => String(term.id));
    } catch {
      return [];
    }
  });
  return [...entries, ...terms];
}

/** Decap's own bundle, copied as it is: third-party code, not made from any content. */
const decapBundle = (path: string) => path.startsWith('admin/decap');

describe('the starter kit (npm run new-site)', () => {
  beforeAll(async () => {
    const created = await runScript('scripts/new-site.ts', [join(work, 'starter')]);
    expect(created.status, created.stderr).toBe(0);
  });

  it('writes content and a commented site.config.yaml that pass the check without a warning', async () => {
    const result = await runScript('scripts/check.ts', ['--content', starter.contentDir, '--config', starter.configFile]);
    expect(result.stdout).toMatch(/^✓ .*: \d+ Einträge, 1 Übersetzungen – alles gültig\. /m);
    expect(result.stdout).not.toContain('Warnung');
    expect(result.status).toBe(0);
    expect(readFileSync(starter.configFile, 'utf8').match(/^#/gm)?.length).toBeGreaterThan(40);
  });

  it('has one example entry in every collection and the four required pages', () => {
    for (const collection of collectionNames) {
      expect(readdirSync(join(starter.contentDir, collection, 'de')).length, collection).toBeGreaterThanOrEqual(1);
    }
    const roles = readdirSync(join(starter.contentDir, 'pages/de')).map(
      (file) => /^role: (.+)$/m.exec(readFileSync(join(starter.contentDir, 'pages/de', file), 'utf8'))?.[1],
    );
    expect(roles.sort()).toEqual(['accessibility', 'easy-language', 'imprint', 'privacy']);
    const accessibility = readFileSync(join(starter.contentDir, 'pages/de/barrierefreiheit.mdx'), 'utf8');
    expect(accessibility).toContain('<EditorialContact />');
    expect(accessibility).toMatch(/Schlichtungsstelle nach § 16\s+des Behindertengleichstellungsgesetzes/);
  });

  it('has only federal laws and programmes; a federal state’s own come with --land', async () => {
    const read = (dir: string, name: string) => readFileSync(join(dir, 'vocabularies', `${name}.yaml`), 'utf8');
    for (const name of ['legal-bases', 'programmes']) expect(read(starter.contentDir, name)).not.toMatch(/Bay|Bayern|Freistaat/);
    const bavarian = join(work, 'bavarian');
    const created = await runScript('scripts/new-site.ts', [bavarian, '--name', 'Lindenau', '--land', 'Bayern']);
    expect(created.status, created.stderr).toBe(0);
    expect(read(join(bavarian, 'content'), 'legal-bases')).toContain('id: bayintg');
    expect(read(join(bavarian, 'content'), 'programmes')).toContain('id: fib');
    const config = readSiteConfig(join(bavarian, 'site.config.yaml'));
    expect(config.state).toBe('Bayern');
    expect(config.municipality).toBe('Lindenau');
    expect(config.url).toBe('https://lotse.lindenau.example.org');
    const checked = await runScript('scripts/check.ts', [
      '--content',
      join(bavarian, 'content'),
      '--config',
      join(bavarian, 'site.config.yaml'),
    ]);
    expect(checked.stdout).not.toContain('Warnung');
    expect(checked.status).toBe(0);
  });

  it('never overwrites an existing site', async () => {
    const again = await runScript('scripts/new-site.ts', [join(work, 'starter')]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/gibt es schon – nichts geändert/);
  });

  it('builds as it is, with no trace of the demo anywhere in the output, /admin/ included', async () => {
    const seconds = await build(starter);
    console.log(`starter build: ${seconds} s`);
    expect(findDemoTraces(starter.out, demoTraces(ownIds(starter.contentDir)))).toEqual([]);
    // Edited only locally until the office sets up GitHub or GitLab: no CMS online.
    expect(readFileSync(join(starter.out, 'admin/index.html'), 'utf8')).toContain('kein Redaktionssystem eingerichtet');
    expect(readdirSync(join(starter.out, 'admin'))).toEqual(['config.yml', 'index.html']);
    expect(readFileSync(join(starter.out, 'admin/config.yml'), 'utf8')).not.toMatch(/localhost|backend:/);
  }, 600_000);
});

describe('a second content set (another town, three languages, Thüringen)', () => {
  it('validates with one warning for its Arabic labels and one for an ambiguous opening hour', async () => {
    const result = await runScript('scripts/check.ts', [], {
      env: { LOTSE_CONTENT_DIR: secondTown.contentDir, LOTSE_SITE_CONFIG: secondTown.configFile },
    });
    const warnings = result.stdout.split('\n').filter((line) => line.includes(': Warnung: '));
    expect(warnings).toEqual([
      'tests/fixtures/second-town/content/vocabularies: Warnung: 85 Bezeichnungen in 4 Dateien in Sprachen, die die Website nicht anzeigt (ar, fa, tr, ru) – sie schaden nicht und können bleiben; sollen sie erscheinen, die Sprachen in site.config.yaml unter „locales“ eintragen',
      'tests/fixtures/second-town/content/services/de/beratung-buergerverein.yaml: Warnung: Feld „openingHours“ (Öffnungszeiten): Öffnungszeiten bei „24/7; PH off“: „24/7“ zusammen mit weiteren Regeln ist mehrdeutig – eindeutig ist „open“, z. B. „open; PH off“',
    ]);
    expect(result.status).toBe(0);
  });

  it('builds from LOTSE_CONTENT_DIR and LOTSE_SITE_CONFIG with its own CMS, and no trace of the demo', async () => {
    const seconds = await build(secondTown);
    console.log(`second town build: ${seconds} s`);
    expect(findDemoTraces(secondTown.out, demoTraces(ownIds(secondTown.contentDir)), decapBundle)).toEqual([]);
    const site = readSiteConfig(secondTown.configFile);
    const config = load(readFileSync(join(secondTown.out, 'admin/config.yml'), 'utf8'), { schema: CORE_SCHEMA }) as {
      backend: unknown;
      collections: { folder?: string; files?: { file: string }[] }[];
    };
    expect(config.backend).toEqual(publishedBackend(site.cms));
    // The CMS edits the content folder in use, not the demo's.
    const folder = relative(process.cwd(), secondTown.contentDir);
    for (const collection of config.collections) {
      for (const path of collection.folder ? [collection.folder] : (collection.files ?? []).map((file) => file.file)) {
        expect(path.startsWith(`${folder}/`), path).toBe(true);
      }
    }
    // Only its three languages.
    expect(
      readdirSync(secondTown.out)
        .filter((name) => /^[a-z]{2}$/.test(name))
        .sort(),
    ).toEqual(['de', 'en', 'uk']);
  }, 600_000);
});

describe('the search for traces of the demo', () => {
  it('finds the demo’s name, an entry id as a path, a postcode and a phone number', () => {
    const folder = join(work, 'traces');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'index.html'),
      '<a href="/de/organisations/jobcenter-musterstadt/">Jobcenter Musterstadt</a>, 99991, <a href="tel:+4999991004400">Anruf</a>',
    );
    expect(findDemoTraces(folder, demoTraces()).sort()).toEqual(
      ['index.html: 4999991004400', 'index.html: 99991', 'index.html: Musterstadt', 'index.html: jobcenter-musterstadt'].sort(),
    );
  });
});
