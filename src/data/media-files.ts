import { statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '#src/lib/site-config.ts';
import { mediaFileOf } from '#src/schema/shared/media.ts';

/** Size in bytes of an uploaded file of this build's content ("/media/a.pdf"), for download links. */
export function mediaFileSize(publicPath: string): number {
  return statSync(join(projectPaths.contentDir, mediaFileOf(publicPath))).size;
}
