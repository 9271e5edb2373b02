import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The day the test builds are made "as of", so freshness and archive results are stable. */
export const testToday = '2026-11-22';

/** Where the end-to-end tests find the built editions. */
export const testBuilds = {
  public: resolve('.lotse/test-builds/public'),
  internal: resolve('.lotse/test-builds/internal'),
  /** The reader fixture (tests/fixtures/reader-site): every collection and the tricky cases. */
  readerFixture: resolve('.lotse/test-builds/reader-fixture'),
};

/** Content folder and site configuration of the reader fixture. */
export const readerFixture = {
  contentDir: resolve('tests/fixtures/reader-site/content'),
  configFile: resolve('tests/fixtures/reader-site/site.config.yaml'),
};

/**
 * Build one edition of the demo site for the tests (the real `npm run build` path). Set
 * LOTSE_TEST_REUSE_BUILD=1 to reuse an existing build while working on tests.
 */
export function buildEdition(edition: 'public' | 'internal'): string {
  return build(testBuilds[edition], { LOTSE_EDITION: edition }, `the ${edition} edition`);
}

/** Build the public edition of the reader fixture (another content folder and configuration). */
export function buildReaderFixture(): string {
  return build(
    testBuilds.readerFixture,
    { LOTSE_EDITION: 'public', LOTSE_CONTENT_DIR: readerFixture.contentDir, LOTSE_SITE_CONFIG: readerFixture.configFile },
    'the reader fixture',
  );
}

function build(outDir: string, env: Record<string, string>, name: string): string {
  if (process.env['LOTSE_TEST_REUSE_BUILD'] === '1' && existsSync(outDir)) return outDir;
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, ...env, LOTSE_OUT_DIR: outDir, LOTSE_TODAY: testToday },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building ${name} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}
