import type { Directory } from '#src/lib/content/directory.ts';
import { readContentHistory, type ContentHistory } from '#src/lib/content/content-history.ts';
import { paperChanges, type PaperChanges } from '#src/lib/publish/paper-changes.ts';
import { paperCollections, type PaperId } from '#src/lib/publish/papers.ts';
import { projectPaths } from '#src/lib/site-config.ts';

let history: ContentHistory | undefined;

/** The git history of this build's content folder, read once per build (one `git log`). */
function getContentHistory(): ContentHistory {
  history ??= readContentHistory(projectPaths.contentDir);
  return history;
}

/** "Changes since the previous version" of a paper in this build's edition. */
export function getPaperChanges(directory: Directory, paper: PaperId): PaperChanges {
  const [sourceLocale = 'de'] = directory.site.locales;
  return paperChanges(getContentHistory(), {
    collections: paperCollections(paper),
    sourceLocale,
    isListed: (collection, id) => directory.byId.get(id)?.collection === collection,
  });
}
