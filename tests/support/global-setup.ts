import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition, buildReaderFixture, testToday } from './builds.ts';
import { buildSearchSite } from './search-build.ts';

/**
 * End-to-end tests run against real builds of both editions and of the test data sets, made once
 * per test run. The public edition is completed as it is published: `npm run build` and then
 * `npm run papers`, which prints the papers and brochures the pages link to.
 */
export default function setup(): void {
  const publicDir = buildEdition('public');
  printPapers(publicDir);
  buildEdition('internal');
  buildReaderFixture();
  buildSearchSite();
}

function printPapers(outDir: string): void {
  const reuse = process.env['LOTSE_TEST_REUSE_BUILD'] === '1';
  if (reuse && existsSync(join(outDir, 'downloads'))) return;
  const result = spawnSync(process.execPath, ['scripts/papers.ts'], {
    env: { ...process.env, LOTSE_OUT_DIR: outDir, LOTSE_TODAY: testToday },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Printing the papers of the public build failed:\n${result.stdout}\n${result.stderr}`);
}
