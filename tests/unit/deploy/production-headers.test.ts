import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, readProductionHeaders } from '#scripts/serve-production.ts';

const config = readProductionHeaders();

/** The `add_header` lines of the README's nginx block: server level and per location. */
function readmeNginxHeaders(): { server: Record<string, string>; locations: Map<string, Record<string, string>> } {
  const readme = readFileSync('README.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const headers = (text: string) =>
    Object.fromEntries([...text.matchAll(/^\s*add_header (\S+) "([^"]*)"/gm)].map((match) => [match[1]!, match[2]!]));
  const locations = new Map<string, Record<string, string>>();
  const outside = block.replace(/^\s*location (.+?) \{\n([\s\S]*?)^\s*\}\n/gm, (_, name: string, body: string) => {
    locations.set(name, headers(body));
    return '';
  });
  return { server: headers(outside), locations };
}

describe('production headers (deploy/headers.json)', () => {
  it('are the headers the README tells nginx to send, in every location', () => {
    const nginx = readmeNginxHeaders();
    expect(nginx.server).toEqual(config.site);
    expect([...nginx.locations.keys()]).toEqual(config.paths.map((path) => path.nginxLocation));
    for (const path of config.paths) expect(nginx.locations.get(path.nginxLocation)).toEqual({ ...config.site, ...path.headers });
  });

  it('cache hashed assets for a year and make pages and data revalidate, with the security headers on both', () => {
    expect(headersFor('/_astro/map.D0zBgGDn.js', config)['Cache-Control']).toContain('immutable');
    expect(headersFor('/de/search/index.html', config)['Cache-Control']).toBe('no-cache');
    expect(headersFor('/sw.js', config)['Cache-Control']).toBe('no-cache');
    for (const path of ['/_astro/x.css', '/de/index.html', '/favicon.svg']) {
      expect(headersFor(path, config)['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
      expect(headersFor(path, config)['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
