import type { BrowserContext } from 'playwright-core';
import { readSiteConfig } from '#src/lib/site-config.ts';

/**
 * The map's tile server as the browser sees it, without a network and without a build of its
 * own: requests to the configured tile host (site.config.yaml, map.tileUrl) are answered by
 * Playwright's request routing with a 1×1 PNG and recorded. The build is the normal public one,
 * so its Content-Security-Policy allows exactly this host, as it will in production.
 */
export interface TileStub {
  /** Origin of the configured tile server, e.g. "https://tile.openstreetmap.org". */
  origin: string;
  /** Paths of the tiles requested so far ("/12/2200/1400.png"). */
  requests: string[];
}

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Origin of the tile server the site is configured with; throws when the site has none. */
export function configuredTileOrigin(): string {
  const tileUrl = readSiteConfig().map.tileUrl;
  if (!tileUrl) throw new Error('site.config.yaml: map.tileUrl is empty, so the map tests have no tile server to stub');
  return new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin;
}

/** Answer every request of `context` to the configured tile server with a tile, and record it. */
export async function stubTiles(context: BrowserContext): Promise<TileStub> {
  const stub: TileStub = { origin: configuredTileOrigin(), requests: [] };
  await context.route(
    (url) => url.origin === stub.origin,
    async (route) => {
      stub.requests.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: png });
    },
  );
  return stub;
}
