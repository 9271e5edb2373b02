import { resolve } from 'node:path';
import { buildDirectory, type Directory, type Edition } from '#src/lib/content/directory.ts';
import { validateContent, type ValidatedContent } from '#src/lib/content/validate-content.ts';
import { testToday } from './builds.ts';

let loaded: Promise<ValidatedContent> | undefined;

/** The demo content (content/ with site.config.yaml), validated; throws listing the problems. */
export function loadDemoContent(): Promise<ValidatedContent> {
  loaded ??= validateContent({ contentDir: resolve('content'), configFile: resolve('site.config.yaml') }).then((result) => {
    if (!result.content || result.problems.length > 0)
      throw new Error(
        `The demo content must be valid for the tests (npm run check):\n${result.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n')}`,
      );
    return result.content;
  });
  return loaded;
}

/** The demo directory in one edition as the test builds make it ("today" is the test date). */
export async function demoDirectory(edition: Edition = 'public'): Promise<Directory> {
  return buildDirectory({ ...(await loadDemoContent()), edition, today: testToday });
}
