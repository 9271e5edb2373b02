import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The local CMS works in its own clone of the project (default .lotse/cms-repo). decap-server
 * commits every unignored file and checks branches out in the folder it serves; in its own
 * clone it can never switch, commit or lose a person's uncommitted work in the project.
 * Published changes land on the clone's `main`; `git pull .lotse/cms-repo main` brings them
 * into the working copy (see docs/cms.md).
 */

/** Branch the CMS publishes to, in the clone (the same name as in production). */
export const cmsBranch = 'main';

export interface CmsRepo {
  dir: string;
  /** Lines to show the person: what happened and anything to do. */
  notes: string[];
}

function git(cwd: string, args: string[], allowFailure = false): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`git ${args.join(' ')} (in ${cwd}) ist fehlgeschlagen:\n${result.stderr}`);
  }
  return result.status === 0 ? result.stdout.trim() : '';
}

function succeeds(cwd: string, args: string[]): boolean {
  return spawnSync('git', args, { cwd, encoding: 'utf8' }).status === 0;
}

/**
 * Create the clone, or bring its `main` up to date with the project's committed state (fast
 * forward only: the clone may hold published changes the working copy has not pulled yet).
 */
export function prepareCmsRepo(options: { project: string; dir: string; watched?: string[] }): CmsRepo {
  const { project, dir, watched = ['content', 'site.config.yaml'] } = options;
  const notes: string[] = [];
  if (!succeeds(project, ['rev-parse', '--verify', 'HEAD'])) {
    throw new Error('Das Projekt hat noch keinen Commit – zuerst „git add -A && git commit“ ausführen.');
  }
  const uncommitted = git(project, ['status', '--porcelain', '--', ...watched]);
  if (uncommitted) {
    notes.push('Hinweis: Nicht eingecheckte Änderungen am Inhalt sind im CMS nicht zu sehen (das CMS arbeitet auf dem letzten Commit).');
  }

  if (!existsSync(`${dir}/.git`)) {
    mkdirSync(dirname(dir), { recursive: true });
    git(project, ['clone', '--quiet', '--no-hardlinks', project, dir]);
    const cloned = git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
    git(dir, ['checkout', '--quiet', '-B', cmsBranch]);
    // A local branch named like the CMS prefix ("cms") would block the draft branches "cms/…".
    if (cloned !== cmsBranch && cloned !== 'HEAD') git(dir, ['branch', '-D', cloned]);
    notes.push(`CMS-Ablage angelegt: ${dir} (Branch ${cmsBranch})`);
  } else {
    const current = git(dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
    if (current !== cmsBranch) git(dir, ['checkout', '--quiet', cmsBranch]);
    git(dir, ['fetch', '--quiet', project, 'HEAD']);
    if (succeeds(dir, ['merge', '--ff-only', '--quiet', 'FETCH_HEAD'])) {
      notes.push(`CMS-Ablage ${dir} ist auf dem Stand des Projekts.`);
    } else {
      notes.push(
        `Die CMS-Ablage ${dir} enthält veröffentlichte Änderungen, die im Projekt noch fehlen.`,
        `Übernehmen mit: git pull ${dir} ${cmsBranch}`,
      );
    }
  }
  if (!git(dir, ['config', 'user.email'], true)) {
    git(dir, ['config', 'user.email', 'redaktion@localhost']);
    git(dir, ['config', 'user.name', 'Lotse-Redaktion (lokal)']);
  }
  return { dir, notes };
}

/** Draft branches of the editorial workflow (cms/<collection>/<id>) in the clone. */
export function draftBranches(dir: string): string[] {
  return git(dir, ['branch', '--list', 'cms/*', '--format=%(refname:short)'], true).split('\n').filter(Boolean);
}
