import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../content/read-content.ts';
import { validateContent, type ContentEntry, type ContentTranslation } from '../content/validate-content.ts';
import type { Problem } from '../content/problem.ts';
import type { ContentVersion } from './compare-content.ts';

/** A version of the project's content, read from disk, with the validation result. */
interface LoadedVersion extends ContentVersion {
  problems: Problem[];
}

/** Where content folder and site configuration lie in a repository (paths relative to its root). */
export interface ContentLayout {
  content: string;
  config: string;
}

/** content/ and site.config.yaml at the root, as in the demo. */
const defaultLayout: ContentLayout = { content: 'content', config: 'site.config.yaml' };

/** Read and validate the content of a folder (the working tree, or an extracted revision). */
export async function readVersion(root: string, layout: ContentLayout = defaultLayout): Promise<LoadedVersion> {
  const configFile = join(root, layout.config);
  const contentDir = join(root, layout.content);
  const validation = await validateContent({ contentDir, configFile, cwd: root });
  const locales = validation.content?.site.locales ?? ['de'];
  const read = await readContent(contentDir, locales, root);
  const [source = 'de'] = locales;
  // All files, valid or not: a change that breaks an entry is still a change of that entry.
  const entries: ContentEntry[] = [];
  const translations: ContentTranslation[] = [];
  for (const file of read.files) {
    const item = {
      collection: file.collection,
      id: file.id,
      file: file.file,
      data: file.data,
      ...(file.body !== undefined ? { body: file.body } : {}),
    };
    if (file.locale === source) entries.push(item);
    else translations.push({ ...item, locale: file.locale });
  }
  // Terms as written, valid or not, like the entries. A bare list is the format before
  // vocabularies were edited in the CMS: read it too, so comparing with an older revision
  // does not report every term as new.
  const vocabularies = Object.fromEntries(
    read.vocabularies.map((vocabulary) => {
      const terms = Array.isArray(vocabulary.data) ? vocabulary.data : (vocabulary.data as { terms?: unknown } | null)?.terms;
      return [vocabulary.name, Array.isArray(terms) ? terms.filter((term) => term && typeof term === 'object') : []];
    }),
  ) as Record<string, Record<string, unknown>[]>;
  return { entries, translations, vocabularies, problems: validation.problems };
}

/**
 * Read the content as it was at a git revision (branch, tag or commit) of a repository: the
 * revision's content folder and site configuration are extracted into a temporary folder.
 */
export async function readRevision(repo: string, revision: string, layout: ContentLayout = defaultLayout): Promise<LoadedVersion> {
  const folder = mkdtempSync(join(tmpdir(), 'lotse-review-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', revision, '--', layout.content, layout.config], {
      cwd: repo,
      maxBuffer: 512 * 1024 * 1024,
    });
    if (archive.status !== 0) {
      throw new Error(`Stand „${revision}“ nicht lesbar: ${archive.stderr.toString().trim()} – gibt es den Branch oder Commit?`);
    }
    const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`Stand „${revision}“ konnte nicht entpackt werden: ${untar.stderr.toString()}`);
    return await readVersion(folder, layout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
