import type { AstroUserConfig } from 'astro';
import type { SiteConfig } from '#src/schema/site-config.ts';

/** Astro's `security.csp` option object. */
type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy of every page, as Astro's `security.csp` option (Astro writes
 * it as a <meta http-equiv> tag and adds `script-src`/`style-src` itself). Scripts and styles
 * come only from the site ('self'; Astro adds a hash should anything ever be inlined), never
 * 'unsafe-inline'; nothing from other hosts except map tiles from the tile server named in
 * the site configuration (loaded only after the visitor agrees). A <meta> policy cannot set
 * frame-ancestors or reporting; hosts that can send headers should add those.
 */
export function contentSecurityPolicy(site: Pick<SiteConfig, 'map'>): CspOptions & { directives: string[] } {
  const tileOrigin = site.map.tileUrl ? new URL(site.map.tileUrl.replace(/\{[a-z]\}/g, '0')).origin : undefined;
  return {
    directives: [
      "default-src 'self'",
      `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}` as const,
      "font-src 'self'",
      "connect-src 'self'",
      "manifest-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-src 'none'",
    ],
    scriptDirective: { resources: ["'self'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/** Additions to the policy for the CMS page, passed to Astro's runtime CSP API. */
interface CmsPolicyAdditions {
  scriptResources: string[];
  styleResources: string[];
  directives: string[];
}

/**
 * What the CMS page (/admin/) needs on top of the site's policy, and nothing more: Decap
 * compiles its configuration schema with `new Function` (ajv) and injects its styles at run
 * time (emotion), and it talks to the Git backend named in its configuration (decap-server on
 * this machine, GitHub or GitLab). Scripts still come only from the site itself. No page of the
 * reader's site gets these.
 */
export function cmsPolicyAdditions(backend: Record<string, unknown>): CmsPolicyAdditions {
  const origins = new Set<string>();
  const add = (url: unknown) => {
    if (typeof url !== 'string') return;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // Not a URL: nothing to allow.
    }
  };
  add(backend['proxy_url']);
  add(backend['base_url']);
  add(backend['api_root']);
  if (backend['name'] === 'github')
    ['https://api.github.com', 'https://raw.githubusercontent.com', 'https://avatars.githubusercontent.com'].forEach(add);
  if (backend['name'] === 'gitlab' && !backend['api_root']) add('https://gitlab.com');
  const hosts = [...origins].join(' ');
  return {
    scriptResources: ["'unsafe-eval'"],
    styleResources: ["'unsafe-inline'"],
    directives: [`connect-src 'self' ${hosts}`.trim(), `img-src 'self' data: blob: ${hosts}`.trim()],
  };
}
