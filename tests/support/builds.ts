import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The day the test builds are made "as of", so freshness and archive results are stable. */
export const testToday = '2026-11-22';

/** Where the end-to-end tests find the built editions. */
export const testBuilds = {
  /** The demo content, public edition, with its printed papers (PDFs), as published. */
  public: resolve('.lotse/test-builds/public'),
  internal: resolve('.lotse/test-builds/internal'),
  /** The reader fixture (tests/fixtures/reader-site): every collection and the tricky cases. */
  readerFixture: resolve('.lotse/test-builds/reader-fixture'),
};

/** Languages the tests read the printed PDFs in: German, one other left-to-right, one right-to-left. */
export const pdfLocales = ['de', 'en', 'ar'] as const;

/** Content folder and site configuration of the reader fixture. */
export const readerFixture = {
  contentDir: resolve('tests/fixtures/reader-site/content'),
  configFile: resolve('tests/fixtures/reader-site/site.config.yaml'),
};

const reuse = () => process.env['LOTSE_TEST_REUSE_BUILD'] === '1';

/** Run one of the project's scripts as `npm run …` does; rejects with its output when it fails. */
function runScript(script: string, env: Record<string, string>, name: string, args: string[] = []): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, ...env, LOTSE_TODAY: testToday },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => (status === 0 ? done() : fail(new Error(`${name} failed:\n${output}`))));
  });
}

/**
 * Build one edition of the demo site for the tests (the real `npm run build` path). Set
 * LOTSE_TEST_REUSE_BUILD=1 to reuse an existing build while working on tests.
 */
export async function buildEdition(edition: 'public' | 'internal'): Promise<string> {
  const outDir = testBuilds[edition];
  if (!(reuse() && existsSync(outDir)))
    await runScript('scripts/build.ts', { LOTSE_EDITION: edition, LOTSE_OUT_DIR: outDir }, `Building the ${edition} edition`);
  return outDir;
}

/** Build the public edition of the reader fixture (another content folder and configuration). */
export async function buildReaderFixture(): Promise<string> {
  const outDir = testBuilds.readerFixture;
  if (!(reuse() && existsSync(outDir))) {
    await runScript(
      'scripts/build.ts',
      {
        LOTSE_EDITION: 'public',
        LOTSE_CONTENT_DIR: readerFixture.contentDir,
        LOTSE_SITE_CONFIG: readerFixture.configFile,
        LOTSE_OUT_DIR: outDir,
      },
      'Building the reader fixture',
    );
  }
  return outDir;
}

/**
 * Complete a build as it is published: `npm run papers` prints the papers and brochures its
 * pages link to, here in the languages the tests read (pdfLocales). The script prints every
 * language the same way, and the other four would cost the set-up a minute of CPU time.
 */
export async function printPapers(outDir: string): Promise<void> {
  if (reuse() && existsSync(join(outDir, 'downloads'))) return;
  await runScript('scripts/papers.ts', { LOTSE_OUT_DIR: outDir }, `Printing the papers of ${outDir}`, ['--locales', pdfLocales.join(',')]);
}
