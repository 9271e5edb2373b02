import type { APIRoute } from 'astro';
import { getPaperChanges } from '#src/data/get-content-history.ts';
import { getDirectory } from '#src/data/get-directory.ts';
import { hubRelation } from '#src/lib/hub-relation.ts';
import { documentVersion } from '#src/lib/publish/document-version.ts';
import { toCsv } from '#src/lib/publish/csv.ts';
import { paperCsvTable } from '#src/lib/publish/paper-csv.ts';
import { paperEntries, paperIds, papers, type PaperId } from '#src/lib/publish/papers.ts';
import type { PaperChanges } from '#src/lib/publish/paper-changes.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';

// dist/open-data/papers/<paper>.csv and .json: the German data of each interface paper.
export function getStaticPaths() {
  return paperIds.flatMap((paper) =>
    (['csv', 'json'] as const).map((format) => ({ params: { file: `${paper}.${format}` }, props: { paper, format } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { paper, format } = props as { paper: PaperId; format: 'csv' | 'json' };
  const directory = await getDirectory();
  const entries = paperEntries(directory, paper);
  const urlOf = (entry: (typeof entries)[number]) => absoluteUrl(directory.site.url, entryPath('de', entry.collection, entry.id));
  const changes = getPaperChanges(directory, paper);
  if (format === 'csv') {
    const { header, rows } = paperCsvTable(directory, paper, urlOf, changes);
    return new Response(toCsv(header, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
  const version = documentVersion(entries, directory.today);
  const body = {
    title: papers[paper].germanTitle,
    publisher: directory.site.editorialOffice.name,
    stand: version.stand,
    version: version.version,
    licence: directory.site.dataLicence,
    changes: changesForJson(changes),
    entries: entries.map((entry) => {
      const relation = hubRelation(directory, entry);
      return {
        id: entry.id,
        url: urlOf(entry),
        collection: entry.collection,
        ...entry.data,
        // The computed relation to the immigration office (src/lib/hub-relation.ts).
        ...(relation && relation.kind !== 'hub'
          ? { cooperationWithHub: { relation: relation.kind, ...(relation.level !== undefined ? { level: relation.level } : {}) } }
          : {}),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/** The change list in the JSON download: the two versions compared and what changed, or why there is none. */
function changesForJson(changes: PaperChanges) {
  if (changes.state !== 'changes') return changes;
  return {
    state: changes.state,
    version: changes.date,
    previousVersion: changes.previous,
    entries: changes.changes.map((change) => ({
      id: change.id,
      collection: change.collection,
      change: change.kind,
      date: change.date,
      ...(change.title ? { title: change.title } : {}),
    })),
  };
}
