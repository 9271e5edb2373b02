import type { AstroUserConfig } from 'astro';
import type { SiteConfig } from '../schema/site-config.ts';

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
