import { spawnSync } from 'node:child_process';

/** How one file changed in one commit, with the lines that went in and out. */
export interface FileChange {
  /** Path relative to the content folder, e.g. "responsibilities/de/wohngeld.yaml". */
  path: string;
  status: 'added' | 'modified' | 'deleted';
  added: string[];
  removed: string[];
}

/** One commit of the content's history on the main line. */
interface ContentCommit {
  hash: string;
  /** Day it reached the branch, YYYY-MM-DD. */
  date: string;
  files: FileChange[];
}

/** The content's git history, newest commit last, or why there is none. */
export type ContentHistory =
  | { state: 'available'; commits: ContentCommit[] }
  | { state: 'unavailable'; reason: 'no-git' | 'shallow' };

/**
 * Parse `git log -p --unified=0 --format=%x00%H %cs` output into commits, oldest first. Only
 * what the change lists need is kept: status and changed lines per file.
 */
function parseContentLog(output: string): ContentCommit[] {
  const commits: ContentCommit[] = [];
  for (const chunk of output.split('\0')) {
    if (!chunk.trim()) continue;
    const lines = chunk.split('\n');
    const [hash = '', date = ''] = (lines[0] ?? '').trim().split(' ');
    const commit: ContentCommit = { hash, date, files: [] };
    let file: FileChange | undefined;
    let inHeader = false;
    for (const line of lines.slice(1)) {
      if (line.startsWith('diff --git ')) {
        // "diff --git a/<path> b/<path>": the paths hold no spaces (ids are file names).
        const path = line.slice(line.lastIndexOf(' b/') + 3);
        file = { path, status: 'modified', added: [], removed: [] };
        commit.files.push(file);
        inHeader = true;
        continue;
      }
      if (!file) continue;
      if (inHeader) {
        if (line.startsWith('new file mode')) file.status = 'added';
        else if (line.startsWith('deleted file mode')) file.status = 'deleted';
        else if (line.startsWith('@@')) inHeader = false;
        continue;
      }
      if (line.startsWith('@@')) continue;
      if (line.startsWith('+')) file.added.push(line.slice(1));
      else if (line.startsWith('-')) file.removed.push(line.slice(1));
    }
    commits.push(commit);
  }
  return commits.reverse();
}

/**
 * Read the history of a content folder with one `git log`: the main line only (a merged branch
 * counts on the day it was merged), each file's added, changed or deleted lines. Outside a git
 * checkout, or in a shallow clone whose history is cut off, there is no history to compare with.
 */
export function readContentHistory(contentDir: string): ContentHistory {
  const git = (args: string[]) => spawnSync('git', args, { cwd: contentDir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const shallow = git(['rev-parse', '--is-shallow-repository']);
  if (shallow.status !== 0) return { state: 'unavailable', reason: 'no-git' };
  if (shallow.stdout.trim() === 'true') return { state: 'unavailable', reason: 'shallow' };
  const log = git([
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--relative',
    '-p',
    '--unified=0',
    '--no-color',
    '--format=%x00%H %cs',
    '--',
    '.',
  ]);
  if (log.status !== 0) return { state: 'unavailable', reason: 'no-git' };
  return { state: 'available', commits: parseContentLog(log.stdout) };
}
