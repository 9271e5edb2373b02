import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { badCases, expectedLines, materialise, minimalConfig, minimalContent, runScript } from '../support/content-fixtures.ts';

// `npm run check` as editors and CI run it: the real script in a real Node process, on real
// folders. Every bad-input case must fail with exactly the message in its expected.txt.

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function check(cwd: string, args = ['--content', 'content', '--config', 'site.config.yaml']) {
  return runScript('scripts/check.ts', args, { cwd });
}

describe('npm run check', () => {
  it('accepts the demo content and exits 0', async () => {
    const result = await runScript('scripts/check.ts', []);
    expect(result.stdout).toMatch(/^✓ content: \d+ Einträge/m);
    expect(result.status).toBe(0);
  });

  it('accepts the minimal test content given with --content and --config', async () => {
    const result = await runScript('scripts/check.ts', ['--content', minimalContent, '--config', minimalConfig]);
    expect(result.stdout).toContain('alles gültig');
    expect(result.status).toBe(0);
  });

  it('has a corpus of at least 20 broken inputs', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(20);
  });
});

describe.concurrent('a broken content folder', () => {
  for (const name of badCases()) {
    it(`“${name}” fails with exactly its expected message line`, async () => {
      const folder = materialise(name);
      folders.push(folder);
      const result = await check(folder);
      expect(result.stdout.split('\n').filter(Boolean)).toEqual(expectedLines(name));
      expect(result.stderr).toMatch(/✗ \d+ Problem\(e\) in content – nichts veröffentlicht/);
      expect(result.status).toBe(1);
    });
  }
});

describe('every expected message', () => {
  for (const name of badCases()) {
    it(`of “${name}” names the file, and the field or line where there is one`, () => {
      for (const line of expectedLines(name)) {
        expect(line).toMatch(/^(content|site\.config\.yaml)[^:]*(:\d+)?: /);
        // One line per problem, each with something to do after the dash or question.
        expect(line).toMatch(/ – |\?/);
      }
    });
  }
});
