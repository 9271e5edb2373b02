import { paperIds } from '#src/lib/publish/papers.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';

/** getStaticPaths for pages that exist per language and interface paper. */
export function paperPaths() {
  return readSiteConfig().locales.flatMap((locale) => paperIds.map((paper) => ({ params: { locale, paper } })));
}
