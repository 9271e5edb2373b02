import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { getDirectory } from '#src/data/get-directory.ts';
import { entriesOf } from '#src/lib/content/directory.ts';
import { projectPaths } from '#src/lib/site-config.ts';
import { media, mediaFileOf } from '#src/schema/shared/media.ts';

// /media/<name>.pdf: the uploaded PDFs of the documents collection, copied from content/media/.
// Only files a published document points to are published, so the PDF of an internal document
// never reaches the public edition (and stray uploads stay in the repository only).
export async function getStaticPaths() {
  const directory = await getDirectory();
  const files = new Set(entriesOf(directory, 'documents').flatMap((document) => (document.data.file ? [document.data.file] : [])));
  return [...files].map((path) => ({ params: { file: path.slice(media.publicPath.length) }, props: { path } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { path } = props as { path: string };
  const bytes = await readFile(join(projectPaths.contentDir, mediaFileOf(path)));
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/pdf' } });
};
