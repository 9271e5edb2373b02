import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { materialise, minimalConfig, minimalContent, runScript } from '../support/content-fixtures.ts';

// One way to call every command: `npm run <name> -- --help` answers, a wrong option gets one
// German line and exit code 2, and every content command reads the content set named by
// --content/--config or, without them, by LOTSE_CONTENT_DIR/LOTSE_SITE_CONFIG.

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The npm scripts and the files they run (scripts/papers and scripts/bench have their own owners). */
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const commands = [
  'check',
  'build',
  'start',
  'freshness',
  'review',
  'stamp-translations',
  'translation-status',
  'translations',
  'synthetic',
  'new-site',
  'docs:fields',
];
const scriptOf = (name: string) => (/^node (scripts\/\S+\.ts)$/.exec(scripts[name] ?? '') ?? [])[1] ?? '';

describe.concurrent('every command', () => {
  for (const name of commands) {
    it(`npm run ${name} answers --help and refuses an unknown option with one German line`, async () => {
      const help = await runScript(scriptOf(name), ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`npm run ${name} -- `);
      if (name !== 'docs:fields' && name !== 'new-site') expect(help.stdout).toContain('--content <Ordner>');
      const wrong = await runScript(scriptOf(name), ['--inhalt', 'x']);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr.trim().split('\n')).toEqual([
        `✗ unbekannte Option „--inhalt“ – „npm run ${name} -- --help“ zeigt, was möglich ist`,
      ]);
      expect(wrong.stdout).toBe('');
    });
  }

  it('says where options go when npm took them (npm run check --content x)', async () => {
    const result = await runScript(scriptOf('check'), ['x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Optionen stehen nach „--“');
  });
});

describe('the content set a command works on', () => {
  const env = { LOTSE_CONTENT_DIR: minimalContent, LOTSE_SITE_CONFIG: minimalConfig };

  it.each([
    ['check', [], /^✓ tests\/fixtures\/content-minimal: \d+ Einträge/m],
    ['translation-status', [], /^en – Englisch/m],
    ['freshness', ['--today', '2026-11-22'], /Überfällige Prüfungen/],
  ])('npm run %s reads LOTSE_CONTENT_DIR and LOTSE_SITE_CONFIG', async (name, args, output) => {
    const result = await runScript(scriptOf(name), args as string[], { env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(output);
    expect(result.status).toBe(0);
  });

  it.each([
    ['check', []],
    ['translation-status', []],
    ['freshness', ['--today', '2026-11-22']],
  ])('npm run %s reads --content and --config, which win over the environment', async (name, args) => {
    const result = await runScript(scriptOf(name), [...(args as string[]), '--content', minimalContent, '--config', minimalConfig], {
      env: { LOTSE_CONTENT_DIR: '/nicht/da', LOTSE_SITE_CONFIG: '/nicht/da.yaml' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('npm run stamp-translations stamps the translations of the content set given', async () => {
    const project = materialise('unstamped-translation');
    folders.push(project);
    const result = await runScript(scriptOf('stamp-translations'), [], {
      env: { LOTSE_CONTENT_DIR: join(project, 'content'), LOTSE_SITE_CONFIG: join(project, 'site.config.yaml') },
    });
    expect(result.stdout).toContain('1 Übersetzung(en) gestempelt.');
    const stamped = load(readFileSync(join(project, 'content/organisations/en/auslaenderbehoerde.yaml'), 'utf8'), { schema: CORE_SCHEMA });
    expect(stamped).toMatchObject({ translation: { source: expect.stringMatching(/^[0-9a-f]{8}$/) } });
  });

  it('npm run stamp-translations stamps a new machine translation that has no fingerprint yet and keeps its mark', async () => {
    const project = materialise('machine-translation-without-stamp');
    folders.push(project);
    const file = join(project, 'content/organisations/en/auslaenderbehoerde.yaml');
    const result = await runScript(scriptOf('stamp-translations'), [file], {
      env: { LOTSE_CONTENT_DIR: join(project, 'content'), LOTSE_SITE_CONFIG: join(project, 'site.config.yaml') },
    });
    expect(result.stdout).toContain('1 Übersetzung(en) gestempelt.');
    expect(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA })).toMatchObject({
      translation: { source: expect.stringMatching(/^[0-9a-f]{8}$/), machine: true },
    });
  });

  it('npm run freshness refuses a day that is no date with one line, not a stack trace', async () => {
    const result = await runScript(scriptOf('freshness'), ['--today', 'morgen'], { env });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('✗ „morgen“ ist kein Datum – als JJJJ-MM-TT schreiben, z. B. --today 2026-11-22');
  });

  it('npm run review names the content folder it compares and refuses one outside the project', async () => {
    const result = await runScript(scriptOf('review'), ['--base', 'HEAD', '--content', '/tmp']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('„/tmp“ liegt nicht im Projektordner');
  });
});
