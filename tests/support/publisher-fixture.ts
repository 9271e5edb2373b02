import { resolve } from 'node:path';
import { buildDirectory, type Directory, type Edition } from '#src/lib/content/directory.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';

/** Small but complete content set for the publisher's tests (networks, agreements, translations). */
export const publisherContentDir = resolve('tests/fixtures/publisher/content');
/** Its site configuration: the demo's, without quick links to entries the fixture does not have. */
export const publisherConfigFile = resolve('tests/fixtures/publisher/site.config.yaml');

/** The day the publisher fixtures are built "as of". */
export const publisherToday = '2026-11-22';

/** The fixture content, validated; throws listing the problems when it is not valid. */
export async function loadPublisherContent() {
  const result = await validateContent({ contentDir: publisherContentDir, configFile: publisherConfigFile });
  if (!result.content) throw new Error(result.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  if (result.problems.length > 0) throw new Error(result.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  return result.content;
}

/** The fixture directory in one edition, as the build makes it. */
export async function publisherDirectory(edition: Edition = 'public'): Promise<Directory> {
  const content = await loadPublisherContent();
  return buildDirectory({ ...content, edition, today: publisherToday });
}
