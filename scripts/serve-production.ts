/**
 * npm run serve:production [-- <dist>] [-- --port 4322]
 *
 * Serves a built site the way the README's nginx block does: folders answer with their
 * index.html, unknown paths with 404.html, and every response carries the headers of
 * deploy/headers.json (security headers, caching) and is gzipped where nginx would gzip it.
 * `npm run audit` measures the site through it, so its figures are those of a real host.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** deploy/headers.json: the production headers, for nginx, this server and the tests. */
interface ProductionHeaders {
  site: Record<string, string>;
  paths: { nginxLocation: string; pattern: string; headers: Record<string, string> }[];
  compress: string[];
}

const root = resolve(import.meta.dirname, '..');

export function readProductionHeaders(file = join(root, 'deploy/headers.json')): ProductionHeaders {
  return JSON.parse(readFileSync(file, 'utf8')) as ProductionHeaders;
}

/** The headers a path is served with: the site's, with those of the first matching path rule in their place. */
export function headersFor(pathname: string, config: ProductionHeaders): Record<string, string> {
  const rule = config.paths.find((path) => new RegExp(path.pattern).test(pathname));
  return { ...config.site, ...rule?.headers };
}

// The types nginx's mime.types gives these files.
const types: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.yml': 'text/yaml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const textTypes = new Set([
  'text/html',
  'text/css',
  'application/javascript',
  'application/json',
  'text/csv',
  'text/calendar',
  'text/plain',
]);

interface ProductionServer {
  url: string;
  close: () => Promise<void>;
}

/** Serve `dist` on 127.0.0.1 with the production headers; port 0 picks a free one. */
export async function serveProduction(dist: string, port = 0, config = readProductionHeaders()): Promise<ProductionServer> {
  const gzipped = new Map<string, Uint8Array>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
    }
    const pathname = `/${file.slice(dist.length).replace(/^\/+/, '')}`;
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      ...headersFor(pathname, config),
      'Content-Type': textTypes.has(type) ? `${type}; charset=utf-8` : type,
    };
    let body: Uint8Array = readFileSync(file);
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && config.compress.includes(type)) {
      let compressed = gzipped.get(file);
      if (!compressed) gzipped.set(file, (compressed = gzipSync(body)));
      body = compressed;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { port: { type: 'string', default: '4322' } }, allowPositionals: true });
  const dist = resolve(positionals[0] ?? process.env['LOTSE_OUT_DIR'] ?? join(root, 'dist'));
  const server = await serveProduction(dist, Number(values.port));
  console.log(`${dist} with the production headers at ${server.url}/`);
}
