import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import de from '../../src/i18n/ui/de.ts';
import { readTermsLeniently } from '../../src/lib/content/read-vocabularies.ts';
import { readSiteConfig, projectPaths } from '../../src/lib/site-config.ts';
import { vocabularyNames } from '../../src/schema/index.ts';
import { buildCmsConfig } from './build-cms-config.ts';
import type { CmsConfig } from './cms-types.ts';

/** Backends with a ready configuration file in cms/backends/. */
export const productionBackends = ['github', 'gitlab'] as const;

/** Default address of decap-server (MODE=git) for local editing, as `npm start` runs it. */
export const defaultProxyUrl = 'http://localhost:8081/api/v1';

type Environment = Record<string, string | undefined>;

/**
 * The backend block: GitHub or GitLab from cms/backends/<name>.yaml when LOTSE_CMS_BACKEND
 * names one, otherwise decap-server on this machine (LOTSE_CMS_PROXY_URL, branch main).
 */
export function readBackend(env: Environment = process.env, root = process.cwd()): Record<string, unknown> {
  const name = env['LOTSE_CMS_BACKEND'];
  if (name && (productionBackends as readonly string[]).includes(name)) {
    return load(readFileSync(join(root, 'cms', 'backends', `${name}.yaml`), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>;
  }
  if (name && name !== 'local') {
    throw new Error(`LOTSE_CMS_BACKEND=${name} ist unbekannt – erlaubt sind ${productionBackends.join(', ')} oder local`);
  }
  return { name: 'proxy', proxy_url: env['LOTSE_CMS_PROXY_URL'] ?? defaultProxyUrl, branch: env['LOTSE_CMS_BRANCH'] ?? 'main' };
}

function languageLabel(id: string): string {
  return new Intl.DisplayNames(['de'], { type: 'language' }).of(id) ?? id;
}

/** Vocabulary terms with their German labels, read from content/vocabularies and the site config. */
export function readVocabularyLabels(contentDir = projectPaths.contentDir, configFile = projectPaths.configFile) {
  const site = readSiteConfig(configFile);
  const vocabularies: Record<string, { id: string; label: string }[]> = {
    districts: site.districts.map((district) => ({ id: district.id, label: district.label.de })),
  };
  for (const name of vocabularyNames) {
    vocabularies[name] = readTermsLeniently(contentDir, name).map((term) => {
      const label = (term['label'] as { de?: unknown } | undefined)?.de;
      const id = String(term['id']);
      return { id, label: typeof label === 'string' ? label : name === 'languages' ? languageLabel(id) : id };
    });
  }
  return { site, vocabularies };
}

/** The configuration for the current environment (what /admin/config.yml serves). */
export function currentCmsConfig(env: Environment = process.env): CmsConfig {
  const { site, vocabularies } = readVocabularyLabels();
  const backend = readBackend(env);
  const strings = de as Record<string, unknown>;
  return buildCmsConfig({
    site,
    vocabularies,
    backend,
    uiString: (key) => (typeof strings[key] === 'string' ? (strings[key] as string) : undefined),
  });
}

/** config.yml text: a header saying where it comes from, then the configuration. */
export function renderCmsConfig(config: CmsConfig): string {
  return `# Generated from the zod schemas by cms/config/build-cms-config.ts. Do not edit.\n${dump(config, { lineWidth: -1, noRefs: true })}`;
}
