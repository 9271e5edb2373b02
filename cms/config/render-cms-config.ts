import { relative, sep } from 'node:path';
import { dump } from 'js-yaml';
import de from '#src/i18n/ui/de.ts';
import { readTermsLeniently } from '#src/lib/content/read-vocabularies.ts';
import { readSiteConfig, projectPaths } from '#src/lib/site-config.ts';
import { vocabularyNames, type SiteConfig } from '#src/schema/index.ts';
import { cmsModeVariable } from '../decap-bundle.ts';
import { buildCmsConfig } from './build-cms-config.ts';
import type { CmsConfig } from './cms-types.ts';

/** Default address of decap-server (MODE=git) for local editing, as `npm start` runs it. */
export const defaultProxyUrl = 'http://localhost:8081/api/v1';

type Environment = Record<string, string | undefined>;

/** The Decap backend block (see Decap's backend options). */
export type CmsBackend = Record<string, unknown>;

/**
 * decap-server on this machine, as `npm start` runs it (LOTSE_CMS_PROXY_URL, LOTSE_CMS_BRANCH).
 * Only ever used in development: a build never contains it.
 */
export function localBackend(env: Environment = process.env): CmsBackend {
  return { name: 'proxy', proxy_url: env['LOTSE_CMS_PROXY_URL'] ?? defaultProxyUrl, branch: env['LOTSE_CMS_BRANCH'] ?? 'main' };
}

/**
 * The backend of the published site, from `cms` in site.config.yaml: GitHub (login through the
 * office's OAuth service), GitLab (login with PKCE, no server of our own), or none when the
 * site is edited only locally. Every change is a pull or merge request labelled for the
 * editorial workflow and squashed on publishing.
 */
export function publishedBackend(cms: SiteConfig['cms']): CmsBackend | undefined {
  const workflow = { cms_label_prefix: 'redaktion/', squash_merges: true };
  switch (cms.backend) {
    case 'github': {
      // Decap asks for the login at <base_url>/<auth_endpoint>.
      const login = new URL(cms.loginUrl);
      const [endpoint = 'auth', ...above] = login.pathname.split('/').filter(Boolean).reverse();
      const base = `${login.origin}${above.length > 0 ? `/${above.reverse().join('/')}` : ''}`;
      return { name: 'github', repo: cms.repo, branch: cms.branch, base_url: base, auth_endpoint: endpoint, ...workflow };
    }
    case 'gitlab': {
      const gitlab = cms.gitlabUrl.replace(/\/+$/, '');
      return {
        name: 'gitlab',
        repo: cms.repo,
        branch: cms.branch,
        auth_type: 'pkce',
        app_id: cms.appId,
        base_url: gitlab,
        api_root: `${gitlab}/api/v4`,
        ...workflow,
      };
    }
    case 'local':
      return undefined;
  }
}

/**
 * Whether this is `astro dev` (the local CMS of `npm start`), as the decap-bundle integration
 * recorded from the astro command; anything else is a build.
 */
export function cmsDevelopment(env: Environment = process.env): boolean {
  return env[cmsModeVariable] === 'development';
}

/**
 * The backend for this run: in development (`npm start`, `astro dev`) always decap-server on
 * this machine; in a build the configured one, or none.
 */
export function cmsBackend(site: SiteConfig, options: { development: boolean; env?: Environment }): CmsBackend | undefined {
  return options.development ? localBackend(options.env) : publishedBackend(site.cms);
}

/**
 * Where the content folder in use lies in the repository, as Decap names paths: relative to the
 * project and with "/" (LOTSE_CONTENT_DIR=sites/beispielstadt/content → "sites/beispielstadt/content").
 */
export function contentFolderInRepository(contentDir = projectPaths.contentDir, root = process.cwd()): string {
  return relative(root, contentDir).split(sep).join('/') || '.';
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

/**
 * The configuration for this run (what /admin/config.yml serves), or undefined when the site
 * has no CMS online (`cms: { backend: local }` in a build).
 */
export function currentCmsConfig(options: { development: boolean; env?: Environment }): CmsConfig | undefined {
  const { site, vocabularies } = readVocabularyLabels();
  const backend = cmsBackend(site, options);
  if (!backend) return undefined;
  const strings = de as Record<string, unknown>;
  return buildCmsConfig({
    site,
    vocabularies,
    backend,
    contentFolder: contentFolderInRepository(),
    uiString: (key) => (typeof strings[key] === 'string' ? (strings[key] as string) : undefined),
  });
}

/**
 * config.yml text: a header saying where it comes from, then the configuration; for a site
 * without a CMS online only a comment saying so.
 */
export function renderCmsConfig(config: CmsConfig | undefined): string {
  if (!config) return '# Kein Redaktionssystem eingerichtet: cms.backend in site.config.yaml ist „local“.\n';
  return `# Generated from the zod schemas by cms/config/build-cms-config.ts. Do not edit.\n${dump(config, { lineWidth: -1, noRefs: true })}`;
}
