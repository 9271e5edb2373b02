import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { siteConfigSchema, type SiteConfig } from '#src/schema/site-config.ts';

/** Where the site configuration and the content live; overridable for other data sets. */
export const projectPaths = {
  configFile: resolve(process.env['LOTSE_SITE_CONFIG'] ?? 'site.config.yaml'),
  contentDir: resolve(process.env['LOTSE_CONTENT_DIR'] ?? 'content'),
};

/**
 * Read and validate the site configuration synchronously (Astro's config and content config
 * need it before anything else runs). Throws with every problem listed; `npm run check`
 * reports the same problems with more context.
 */
export function readSiteConfig(configFile = projectPaths.configFile): SiteConfig {
  const data = load(readFileSync(configFile, 'utf8'), { schema: CORE_SCHEMA });
  const result = siteConfigSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${configFile} ist ungültig – „npm run check“ zeigt Details:\n${lines.join('\n')}`);
  }
  return result.data;
}
