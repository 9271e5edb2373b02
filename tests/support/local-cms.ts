import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** `npm start` running for a test, with its CMS clone in a temporary folder. */
export interface LocalCms {
  siteUrl: string;
  /** The CMS's own clone of the repository (decap-server, MODE=git, works here). */
  repo: string;
  output: () => string;
  git: (...args: string[]) => string;
  stop: () => Promise<void>;
}

/**
 * Run scripts/start.ts exactly as `npm start` does, on free ports, with the CMS clone in a
 * fresh folder, and wait until it says it is ready. The folder is inside the project's .lotse/
 * like the real clone (.lotse/cms-repo): building the clone's content needs the project's
 * node_modules above it (its tsconfig.json extends astro/tsconfigs/strictest, which the MDX
 * journeys are compiled with). One fixed folder, so Astro keeps one content cache for it.
 */
export async function startLocalCms(): Promise<LocalCms> {
  const folder = resolve('.lotse/test-cms');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const repo = join(folder, 'cms-repo');
  const [devPort, cmsPort] = [await freePort(), await freePort()];
  // Run as a person would: without the test runner's environment (NODE_ENV=test, VITEST…),
  // which would put astro dev into another mode.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
  );
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    env: { ...env, LOTSE_DEV_PORT: String(devPort), LOTSE_CMS_PORT: String(cmsPort), LOTSE_CMS_REPO: repo },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start wurde nicht bereit:\n${log}`)), 120_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Lotse läuft')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start endete mit Code ${code}:\n${log}`));
    });
  });
  return {
    siteUrl: `http://127.0.0.1:${devPort}`,
    repo,
    output: () => log,
    git: (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
      return result.stdout.trim();
    },
    stop: async () => {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // start.ts ends decap-server and astro dev itself on SIGTERM.
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
