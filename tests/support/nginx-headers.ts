import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { StaticServer } from './static-server.ts';

/** The nginx snippet for /admin/ that the README shows: the one source of its headers. */
export const adminSnippet = 'deploy/nginx-admin.conf';

/** One `location` block of an nginx file: its prefix and the headers its `add_header` lines set. */
export interface NginxLocation {
  prefix: string;
  headers: Record<string, string>;
}

/**
 * The `location` blocks of an nginx snippet with their `add_header` directives, read the way
 * nginx reads them (quoted values, the `always` flag ignored). Only what Lotse's snippets use:
 * prefix locations (with or without `^~`) and `add_header Name "value" [always];`.
 */
export function readNginxLocations(text: string): NginxLocation[] {
  const locations: NginxLocation[] = [];
  const withoutComments = text.replace(/#.*$/gm, '');
  for (const block of withoutComments.matchAll(/location\s+(?:\^~\s+)?(\/\S*)\s*\{([^}]*)\}/g)) {
    const headers: Record<string, string> = {};
    for (const header of (block[2] ?? '').matchAll(/add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?\s*;/g)) {
      headers[header[1] ?? ''] = header[2] ?? '';
    }
    locations.push({ prefix: block[1] ?? '/', headers });
  }
  return locations;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serve a build on 127.0.0.1 as nginx does with a snippet included: a request under a
 * location's prefix gets exactly that location's headers; `/path/` → `/path/index.html`.
 */
export async function serveWithNginxHeaders(root: string, locations: NginxLocation[]): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const location = locations
      .filter((candidate) => url.pathname.startsWith(candidate.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const headers = { ...(location?.headers ?? {}) };
    if (!existsSync(path)) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The headers of the README's /admin/ snippet. */
export function adminLocations(): NginxLocation[] {
  return readNginxLocations(readFileSync(adminSnippet, 'utf8'));
}
