import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { testToday } from './builds.ts';

/**
 * The search, finder and map tests run against their own build of the demo content: the same
 * `npm run build` path, with a copy of site.config.yaml whose tile server is a stub on the
 * loopback interface, so the map test can see exactly which host tiles come from.
 */
export const tilePort = 47815;
export const tileOrigin = `http://127.0.0.1:${tilePort}`;
export const searchBuild = resolve('.lotse/test-builds/search');

/** Write the test site configuration next to the builds and return its path. */
function writeTestConfig(): string {
  const source = readFileSync(process.env['LOTSE_SITE_CONFIG'] ?? 'site.config.yaml', 'utf8');
  const config = source.replace(/^(\s*)tileUrl:.*$/m, `$1tileUrl: ${tileOrigin}/tiles/{z}/{x}/{y}.png`);
  if (!config.includes(tileOrigin)) throw new Error('site.config.yaml: could not override map.tileUrl for the search test build');
  const path = resolve('.lotse/test-builds/search-site.config.yaml');
  mkdirSync(resolve('.lotse/test-builds'), { recursive: true });
  writeFileSync(path, config);
  return path;
}

/** Build the search test site (reused with LOTSE_TEST_REUSE_BUILD=1). */
export function buildSearchSite(): string {
  if (process.env['LOTSE_TEST_REUSE_BUILD'] === '1' && existsSync(searchBuild)) return searchBuild;
  const result = spawnSync('node', ['scripts/build.ts'], {
    env: {
      ...process.env,
      LOTSE_SITE_CONFIG: writeTestConfig(),
      LOTSE_OUT_DIR: searchBuild,
      LOTSE_TODAY: testToday,
      LOTSE_EDITION: 'public',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Building the search test site failed:\n${result.stdout}\n${result.stderr}`);
  return searchBuild;
}

/** A tile server stub: answers every /tiles/z/x/y.png with a 1×1 PNG and records the paths. */
export async function startTileStub(): Promise<{ requests: string[]; close: () => Promise<void> }> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(png);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error) => fail(new Error(`Tile stub cannot listen on ${tileOrigin}: ${String(error)}`)));
    server.listen(tilePort, '127.0.0.1', done);
  });
  return { requests, close: () => new Promise((done) => server.close(() => done())) };
}
