import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The small valid content folder every bad-input case starts from. */
export const minimalContent = resolve('tests/fixtures/content-minimal');
/** Site configuration of the minimal content. */
export const minimalConfig = resolve('tests/fixtures/site.config.minimal.yaml');
/** One folder per broken case: the files that differ from the minimal content + expected.txt. */
export const badContentRoot = resolve('tests/fixtures/bad-content');

/** Names of all bad-input cases. */
export function badCases(): string[] {
  return readdirSync(badContentRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * A temporary project folder with `content/` and `site.config.yaml`: the minimal content with
 * a case's files laid over it (`content/…`, `site.config.yaml`) and the paths listed in its
 * `remove.txt` deleted. Returns the folder; the caller removes it.
 */
export function materialise(caseName?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-content-'));
  cpSync(minimalContent, join(dir, 'content'), { recursive: true });
  cpSync(minimalConfig, join(dir, 'site.config.yaml'));
  if (caseName) {
    const caseDir = join(badContentRoot, caseName);
    if (existsSync(join(caseDir, 'content'))) cpSync(join(caseDir, 'content'), join(dir, 'content'), { recursive: true });
    if (existsSync(join(caseDir, 'site.config.yaml'))) cpSync(join(caseDir, 'site.config.yaml'), join(dir, 'site.config.yaml'));
    const removeList = join(caseDir, 'remove.txt');
    if (existsSync(removeList)) {
      for (const path of readFileSync(removeList, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, path), { recursive: true });
    }
  }
  return dir;
}

/** The exact problem lines a case must produce. */
export function expectedLines(caseName: string): string[] {
  return readFileSync(join(badContentRoot, caseName, 'expected.txt'), 'utf8')
    .split('\n')
    .filter(Boolean);
}

/** Exit status and output of a script run. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run a project script (e.g. scripts/check.ts) with the Node that runs the tests (Node 24
 * under `npm test`), from `cwd`, and collect its output.
 */
export function runScript(script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(script), ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}
