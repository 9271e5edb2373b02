import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { listFiles } from '../support/site-files.ts';
import { runScript } from '../support/content-fixtures.ts';

// The synthetic data set for benchmarks must be valid content, in every language, and the same
// every time (so build figures can be compared between runs). A small set keeps this test fast;
// the generator's code path is the same for 2,000 entries.

const root = mkdtempSync(join(tmpdir(), 'lotse-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const generate = (out: string, seed = '7') => runScript('scripts/generate-synthetic.ts', ['--count', '150', '--seed', seed, '--out', out]);

describe('the synthetic data generator', () => {
  it('writes a content folder that npm run check accepts', async () => {
    const out = join(root, 'a');
    const generated = await generate(out);
    expect(generated.stdout).toMatch(/✓ 150 Einträge/);
    const checked = await runScript('scripts/check.ts', ['--content', out]);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toMatch(/150 Einträge, \d+ Übersetzungen – alles gültig/);
    expect(checked.status).toBe(0);
  });

  it('translates every entry into every other language of the site', () => {
    const files = listFiles(join(root, 'a')).filter((path) => !path.startsWith('vocabularies/'));
    const [source = 'de', ...targets] = readSiteConfig().locales;
    const german = files.filter((path) => path.split('/')[1] === source);
    expect(german).toHaveLength(150);
    for (const locale of targets) {
      expect(files.filter((path) => path.split('/')[1] === locale).map((path) => path.replace(`/${locale}/`, `/${source}/`))).toEqual(
        german,
      );
    }
  });

  it('gives the same files for the same seed and different files for another', async () => {
    await generate(join(root, 'b'));
    await generate(join(root, 'c'), '8');
    const read = (dir: string) => listFiles(dir).map((path) => `${path}\n${readFileSync(join(dir, path), 'utf8')}`);
    expect(read(join(root, 'b'))).toEqual(read(join(root, 'a')));
    expect(read(join(root, 'c'))).not.toEqual(read(join(root, 'a')));
  });
});
