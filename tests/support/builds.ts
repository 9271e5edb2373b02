import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The day the test builds are made "as of", so freshness and archive results are stable. */
export const testToday = '2026-11-22';

/** Where the end-to-end tests find the built editions. */
export const testBuilds = {
  public: resolve('.lotse/test-builds/public'),
  internal: resolve('.lotse/test-builds/internal'),
};

/**
 * Build one edition of the demo site for the tests (the real `npm run build` path). Set
 * LOTSE_TEST_REUSE_BUILD=1 to reuse an existing build while working on tests.
 */
export function buildEdition(edition: 'public' | 'internal'): string {
  const outDir = testBuilds[edition];
  if (process.env['LOTSE_TEST_REUSE_BUILD'] === '1' && existsSync(outDir)) return outDir;
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: { ...process.env, LOTSE_EDITION: edition, LOTSE_OUT_DIR: outDir, LOTSE_TODAY: testToday },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the ${edition} edition failed:\n${result.stdout}\n${result.stderr}`);
  }
  return outDir;
}
