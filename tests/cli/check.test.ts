import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badCases, expectedLines, materialise, minimalConfig, minimalContent, runScript } from '../support/content-fixtures.ts';

// `npm run check` as editors and CI run it: the real script in a real Node process, on real
// folders. Every bad-input case must print exactly the lines in its expected.txt: problems make
// the check fail; a case with only warnings (valid, but probably not meant) passes with them;
// a case with an empty expected.txt is tricky but valid input (a byte-order mark) and passes
// silently.

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

  it('has a corpus of at least 70 broken or tricky inputs', () => {
    expect(badCases().length).toBeGreaterThanOrEqual(70);
  });
});

/** Whether a line is a warning rather than a problem. */
const isWarning = (line: string) => /^[^:]+(:\d+)?: Warnung: /.test(line);

describe.concurrent('a broken content folder', () => {
  for (const name of badCases()) {
    const expected = expectedLines(name);
    const fails = expected.some((line) => !isWarning(line));
    it(`“${name}” ${fails ? 'fails' : 'passes'} with exactly its expected lines`, async () => {
      const folder = materialise(name);
      // Removed at once: seventy folders left for the end take longer than a hook may.
      const result = await check(folder).finally(() => rmSync(folder, { recursive: true, force: true }));
      const lines = result.stdout.split('\n').filter(Boolean);
      expect(lines.filter((line) => !line.startsWith('✓ '))).toEqual(expected);
      // No stack trace and no raw Node error, whatever the input.
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:|node:internal/);
      if (fails) {
        expect(result.stderr).toMatch(/✗ \d+ Problem\(e\) in content – nichts veröffentlicht/);
        expect(result.status).toBe(1);
      } else {
        expect(lines.at(-1)).toMatch(/^✓ content: \d+ Einträge, \d+ Übersetzungen – alles gültig/);
        expect(result.status).toBe(0);
      }
    });
  }
});

describe('every expected message', () => {
  for (const name of badCases()) {
    it(`of “${name}” names the file, and the field or line where there is one`, () => {
      for (const line of expectedLines(name)) {
        expect(line).toMatch(/^(content|site\.config\.yaml)[^:]*(:\d+)?: /);
        // German, addressed formally: never „du“.
        expect(line).not.toMatch(/\b(du|dein\w*|dich|dir)\b/i);
        // One line per problem, each with something to do after the dash or question.
        expect(line).toMatch(/ – |\?/);
      }
    });
  }
});
