/**
 * npm start
 *
 * The editor's local set-up: the site (astro dev) and, next to it, the CMS at /admin/ with the
 * same review workflow as in production, run by decap-server in MODE=git on its own clone of
 * the project (.lotse/cms-repo). Drafts are branches cms/<collection>/<id> in that clone;
 * published changes land on its branch main. Nothing here touches the working copy.
 *
 * Environment: LOTSE_DEV_PORT (site, default 4321), LOTSE_CMS_PORT (decap-server, default 8081),
 * LOTSE_CMS_REPO (clone folder, default .lotse/cms-repo).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { cmsBranch, prepareCmsRepo } from '#cms/local/prepare-cms-repo.ts';
import { parseCommand } from './support/command-line.ts';

// --content/--config reach astro dev through LOTSE_CONTENT_DIR/LOTSE_SITE_CONFIG.
const { paths } = parseCommand({
  name: 'start',
  summary:
    'Startet die Website (astro dev) und daneben das Redaktionssystem unter /admin/ mit demselben\nPrüfablauf wie im Betrieb, auf einer eigenen Kopie des Projekts (.lotse/cms-repo). Beenden mit Strg+C.',
  options: {},
});

const project = process.cwd();
const devPort = Number(process.env['LOTSE_DEV_PORT'] ?? 4321);
const cmsPort = Number(process.env['LOTSE_CMS_PORT'] ?? 8081);
const repoDir = resolve(process.env['LOTSE_CMS_REPO'] ?? '.lotse/cms-repo');
const host = '127.0.0.1';
const require = createRequire(import.meta.url);

const children: ChildProcess[] = [];

function stopAll(code: number): never {
  for (const child of children) {
    // Each child leads its own process group (detached), so its helpers end with it.
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  process.exit(code);
}

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const child = spawn(command, args, { cwd: project, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let isReady = false;
    const forward = (chunk: Buffer) => {
      const text = chunk.toString();
      for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
      if (!isReady && ready.test(text)) {
        isReady = true;
        resolveReady();
      }
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    child.on('exit', (code) => {
      if (!isReady) reject(new Error(`${name} wurde beendet (Code ${code}), bevor es bereit war`));
      else {
        console.error(`\n${name} wurde beendet (Code ${code}) – alles wird beendet.`);
        stopAll(code ?? 1);
      }
    });
  });
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

try {
  // Changes git can see: the content in use, where it lies inside the project.
  const watched = [paths.contentDir, paths.configFile].map((path) => relative(project, path)).filter((path) => !path.startsWith('..'));
  const repo = prepareCmsRepo({ project, dir: repoDir, watched });
  for (const note of repo.notes) console.log(note);

  const decapServer = join(dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');
  await run(
    'cms',
    process.execPath,
    [decapServer],
    { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repoDir, PORT: String(cmsPort), BIND_HOST: host, LOG_LEVEL: 'info' },
    /listening on/i,
  );

  const astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  await run(
    'site',
    process.execPath,
    [astro, 'dev', '--port', String(devPort), '--host', host],
    {
      ...process.env,
      LOTSE_CMS_PROXY_URL: `http://${host}:${cmsPort}/api/v1`,
      LOTSE_CMS_BRANCH: cmsBranch,
    },
    /ready in|Local\s+http/i,
  );

  const shown = relative(project, repoDir) || repoDir;
  console.log(`
Lotse läuft:
  Website:     http://${host}:${devPort}/de/
  Redaktion:   http://${host}:${devPort}/admin/
  CMS-Ablage:  ${shown} (Entwürfe: Branches cms/…, veröffentlicht: ${cmsBranch})

Veröffentlichte Änderungen ins Projekt holen:  git pull ${shown} ${cmsBranch}
Beenden mit Strg+C.`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  stopAll(1);
}
