import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';

/**
 * A small content project in a temporary folder for tests: the real site configuration (without
 * its quick links to demo entries) and vocabularies, the four pages every site must have (from
 * the minimal content), plus entries the test writes. Optionally a git repository, for tests of
 * tools that compare revisions.
 */
export interface ContentFixture {
  root: string;
  /** Write (or overwrite) content/<collection>/<locale>/<id>.yaml. */
  write: (collection: string, locale: string, id: string, data: Record<string, unknown>) => void;
  remove: (collection: string, locale: string, id: string) => void;
  /** Commit everything; returns the commit id. */
  commit: (message: string) => string;
  git: (...args: string[]) => string;
  cleanup: () => void;
}

export function createContentFixture(options: { git?: boolean } = {}): ContentFixture {
  const root = mkdtempSync(join(tmpdir(), 'lotse-fixture-'));
  const site = load(readFileSync(resolve('site.config.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>;
  const pageLinks = (site['quickLinks'] as Record<string, unknown>[] | undefined)?.filter((link) => 'page' in link) ?? [];
  writeFileSync(join(root, 'site.config.yaml'), dump({ ...site, quickLinks: pageLinks }));
  cpSync(resolve('content/vocabularies'), join(root, 'content/vocabularies'), { recursive: true });
  cpSync(resolve('tests/fixtures/content-minimal/pages/de'), join(root, 'content/pages/de'), { recursive: true });
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  if (options.git) {
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.email', 'test@example.org');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
  }
  const path = (collection: string, locale: string, id: string) => join(root, 'content', collection, locale, `${id}.yaml`);
  return {
    root,
    write(collection, locale, id, data) {
      const file = path(collection, locale, id);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, dump(data));
    },
    remove(collection, locale, id) {
      rmSync(path(collection, locale, id));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '--quiet', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    git,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A valid organisation with one location, for tests to vary. */
export function organisation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Jobcenter Musterstadt',
    summary: 'Bürgergeld und Arbeitsvermittlung.',
    topics: ['aufenthalt'],
    reviewed: '2026-06-01',
    owner: 'Jobcenter, Migrationsbeauftragte',
    providerType: 'behoerde',
    sector: 'public-administration',
    locations: [
      {
        id: 'hauptsitz',
        name: 'Jobcenter am Bahnhof',
        address: { street: 'Bahnhofstraße 5', postalCode: '99999', city: 'Musterstadt', coordinates: { lat: 49.59, lng: 11.01 } },
        openingHours: 'Mo-Fr 08:00-12:00; PH off',
      },
    ],
    ...overrides,
  };
}
