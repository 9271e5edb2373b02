import { createReadStream, existsSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Set by the integration to the astro command in use: "development" (astro dev) or "build". */
export const cmsModeVariable = 'LOTSE_CMS_MODE';

/** URL folder the Decap bundle is served from, on the site itself (never a CDN). */
export const decapBase = '/admin/decap/';

/** Folder of the prebuilt Decap bundle (decap-cms/dist) in node_modules. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** The bundle and its lazily loaded chunks; source maps stay behind (20 MB nobody needs). */
function bundleFiles(dist: string): string[] {
  return readdirSync(dist).filter((name) => name.endsWith('.js') || name.endsWith('.LICENSE.txt'));
}

/**
 * Serves Decap CMS from the site: in `astro dev` straight out of node_modules, in a build copied
 * into <out>/admin/decap/. Decap loads its chunks relative to the script, so the folder is kept
 * whole. A site edited only locally (cms.backend: local) has no CMS online: its build gets no
 * copy (`published: false`).
 */
export function decapBundle(options: { published: boolean }): AstroIntegration {
  return {
    name: 'lotse:decap-bundle',
    hooks: {
      // Whether the CMS talks to the local decap-server is decided by the command, never by
      // NODE_ENV or import.meta.env.DEV (a build run with NODE_ENV=test would otherwise
      // publish the localhost backend). See cmsDevelopment() in cms/config/render-cms-config.ts.
      'astro:config:setup': ({ command }) => {
        process.env[cmsModeVariable] = command === 'dev' ? 'development' : 'build';
      },
      'astro:server:setup': ({ server }) => {
        const dist = decapDistDir();
        const files = new Set(bundleFiles(dist));
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(decapBase)) return next();
          const name = path.slice(decapBase.length);
          if (!files.has(name)) return next();
          response.setHeader('content-type', name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8');
          createReadStream(join(dist, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!options.published) return;
        const dist = decapDistDir();
        const target = join(fileURLToPath(dir), decapBase);
        mkdirSync(target, { recursive: true });
        for (const name of bundleFiles(dist)) copyFileSync(join(dist, name), join(target, name));
        if (!existsSync(join(target, 'decap-cms.js'))) throw new Error('Decap CMS konnte nicht nach /admin/decap/ kopiert werden');
      },
    },
  };
}
