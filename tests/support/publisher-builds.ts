import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { publisherConfigFile, publisherContentDir, publisherToday } from './publisher-fixture.ts';

/** Languages the publisher's end-to-end tests print PDFs in (one left-to-right besides German, one right-to-left). */
export const pdfLocales = ['de', 'en', 'ar'] as const;

/** Builds of the publisher fixture content (see tests/fixtures/publisher). */
export const publisherBuilds = {
  public: resolve('.lotse/test-builds/publisher-public'),
  internal: resolve('.lotse/test-builds/publisher-internal'),
};

function run(script: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Build both editions of the fixture content with the real `npm run build` path, and print the
 * PDFs of the public one with the real `npm run papers` path. LOTSE_TEST_REUSE_BUILD=1 reuses them.
 */
export function buildPublisherSite(): void {
  const reuse = process.env['LOTSE_TEST_REUSE_BUILD'] === '1';
  for (const edition of ['public', 'internal'] as const) {
    const outDir = publisherBuilds[edition];
    if (reuse && existsSync(outDir)) continue;
    run('scripts/build.ts', [], {
      LOTSE_EDITION: edition,
      LOTSE_OUT_DIR: outDir,
      LOTSE_TODAY: publisherToday,
      LOTSE_CONTENT_DIR: publisherContentDir,
      LOTSE_SITE_CONFIG: publisherConfigFile,
    });
  }
  if (reuse && existsSync(resolve(publisherBuilds.public, 'downloads/ar/brochure-a4.pdf'))) return;
  run('scripts/papers.ts', ['--locales', pdfLocales.join(',')], {
    LOTSE_OUT_DIR: publisherBuilds.public,
    LOTSE_CONTENT_DIR: publisherContentDir,
    LOTSE_SITE_CONFIG: publisherConfigFile,
    LOTSE_TODAY: publisherToday,
  });
}
