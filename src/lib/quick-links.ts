import type { quickLinkPages } from '#src/schema/site-config.ts';
import type { Directory, DirectoryEntry } from './content/directory.ts';
import type { LabelMap } from './labels.ts';

/**
 * The home page's quick links (immigration office, counselling, German courses, emergency
 * numbers …) as named in `site.config.yaml`, resolved against the directory. A link whose
 * entry or topic does not exist in this data set (another content folder, an internal entry in
 * the public edition) is left out rather than shown broken; a test checks that the demo
 * configuration's links all resolve.
 */
type QuickLink =
  | { kind: 'entry'; entry: DirectoryEntry; label?: LabelMap }
  | { kind: 'topic'; topic: string; label: LabelMap }
  | { kind: 'page'; page: (typeof quickLinkPages)[number]; label?: LabelMap };

/** Quick links of the site that exist in this build. */
export function quickLinksOf(directory: Directory): QuickLink[] {
  return directory.site.quickLinks.flatMap((link): QuickLink[] => {
    if ('entry' in link) {
      const entry = directory.byId.get(link.entry);
      return entry ? [{ kind: 'entry', entry, ...(link.label ? { label: link.label } : {}) }] : [];
    }
    if ('topic' in link) {
      const known = (directory.vocabularies['topics'] ?? []).some((term) => term.id === link.topic);
      return known ? [{ kind: 'topic', topic: link.topic, label: link.label }] : [];
    }
    return [{ kind: 'page', page: link.page, ...(link.label ? { label: link.label } : {}) }];
  });
}
