import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materialise, runScript } from '../support/content-fixtures.ts';

// `npm run build` validates first and replaces dist/ only after a complete build, so a content
// mistake never takes the published site down or leaves half of it behind.

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('npm run build with broken content', () => {
  it('exits non-zero, prints the problem and leaves an existing dist/ untouched', async () => {
    const project = materialise('unknown-reference');
    folders.push(project);
    const outDir = join(project, 'dist');
    mkdirSync(join(outDir, 'de'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<p>the published site</p>');
    writeFileSync(join(outDir, 'de', 'index.html'), '<p>Startseite</p>');

    const result = await runScript('scripts/build.ts', [], {
      env: {
        LOTSE_CONTENT_DIR: join(project, 'content'),
        LOTSE_SITE_CONFIG: join(project, 'site.config.yaml'),
        LOTSE_OUT_DIR: outDir,
      },
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('verweist auf „auslaenderbehorde“, das es nicht gibt – meinten Sie „auslaenderbehoerde“?');
    expect(result.stderr).toContain('nichts gebaut');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<p>the published site</p>');
    expect(readFileSync(join(outDir, 'de', 'index.html'), 'utf8')).toBe('<p>Startseite</p>');
    expect(readdirSync(outDir).sort()).toEqual(['de', 'index.html']);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
