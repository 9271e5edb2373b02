import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/content-fixtures.ts';

// Content written before the cooperation model changed (agreements naming only the immigration
// office's partners, level 0 "Anbahnung", levels 0–5 and "none", no agreement types) is the demo
// content as it was on main when the change was made: `npm run check` names each change in one
// German line, `npm run migrate` converts it, and the check passes afterwards.

/** The commit of main the cooperation branch started from: the demo content before the change. */
const before = '898d3bd0825d4b881bdb2e29193ef7c4e1f4d3f0';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'lotse-migrate-'));
  const archive = spawnSync('git', ['archive', '--format=tar', before, 'content'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  if (archive.status !== 0) {
    throw new Error(
      `The demo content before the change is taken from git commit ${before}; this test needs the repository's history (not a shallow clone).\n${archive.stderr.toString()}`,
    );
  }
  const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(untar.stderr.toString());
  cpSync(resolve('site.config.yaml'), join(folder, 'site.config.yaml'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const args = ['--content', 'content', '--config', 'site.config.yaml'];
const agreement = (id: string) =>
  load(readFileSync(join(folder, 'content/agreements/de', `${id}.yaml`), 'utf8')) as Record<string, unknown>;

describe('content written before the cooperation model changed', () => {
  it('fails the check with one German line per change, each naming „npm run migrate“', async () => {
    const result = await runScript('scripts/check.ts', args, { cwd: folder });
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(result.status).toBe(1);
    expect(lines.every((line) => line.includes('„npm run migrate“'))).toBe(true);
    expect(lines.filter((line) => line.includes('Feld „partners“'))).toHaveLength(15);
    expect(lines.filter((line) => line.includes('Feld „level“: Stufe 0'))).toEqual([
      'content/agreements/de/kooperation-psychosoziales-zentrum.yaml: Feld „level“: Stufe 0 (Anbahnung) gibt es nicht mehr: Vereinbarungen in Vorbereitung haben den Status „negotiating“ und keine Stufe – „npm run migrate“ stellt die Datei um',
    ]);
    expect(lines.filter((line) => line.startsWith('content/vocabularies/'))).toHaveLength(2);
    expect(lines).toHaveLength(18);
  });

  it('is converted by „npm run migrate“, keeps the editors’ comments, and then passes the check', async () => {
    const original = readFileSync(join(folder, 'content/vocabularies/cooperation-levels.yaml'), 'utf8');
    const migrated = await runScript('scripts/migrate.ts', args, { cwd: folder });
    // 15 agreements (one of them with level 0 as well) and 2 vocabularies.
    expect(migrated.stdout).toContain('17 Datei(en) umgestellt.');
    expect(migrated.stdout).toContain('✓ content: alles gültig.');
    expect(migrated.status).toBe(0);

    expect(agreement('kooperation-jugendmigrationsdienste')).toMatchObject({
      type: 'kooperationsvereinbarung',
      parties: ['auslaenderbehoerde-musterstadt', 'ib-musterstadt', 'brk-musterstadt'],
      level: 3,
    });
    const talks = agreement('kooperation-psychosoziales-zentrum');
    expect(talks['status']).toBe('negotiating');
    expect(talks).not.toHaveProperty('level');
    expect(talks).not.toHaveProperty('partners');

    const levels = readFileSync(join(folder, 'content/vocabularies/cooperation-levels.yaml'), 'utf8');
    expect(levels.split('\n')[0]).toBe(original.split('\n')[0]);
    const ids = (load(levels) as { terms: { id: string; label: { de: string } }[] }).terms.map((term) => term.id);
    expect(ids).toEqual(['5', '4', '3', '2', '1', 'own-office', 'participant', 'on-request', 'outside']);
    // "none" kept its wording as "on-request".
    const onRequest = (load(levels) as { terms: { id: string; label: { de: string } }[] }).terms.find((term) => term.id === 'on-request');
    expect(onRequest?.label.de).toBe('Keine Vereinbarung');

    const check = await runScript('scripts/check.ts', args, { cwd: folder });
    expect(check.stdout).toMatch(/^✓ content: \d+ Einträge/m);
    expect(check.status).toBe(0);
  });

  it('changes nothing when run again', async () => {
    const again = await runScript('scripts/migrate.ts', args, { cwd: folder });
    expect(again.stdout).toContain('content: nichts umzustellen');
    expect(again.status).toBe(0);
  });
});
