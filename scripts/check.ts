/**
 * npm run check [-- --content <dir>] [-- --config <file>]
 *
 * Validates a content folder (default: content/) against the schemas and prints one line per
 * problem: file, field and what to do. Exit code 0 only when everything is valid.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { formatProblem } from '../src/lib/content/problem.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';

z.config(z.locales.de());

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    config: { type: 'string', default: 'site.config.yaml' },
    quiet: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const result = await validateContent({
  contentDir: resolve(values.content),
  configFile: resolve(values.config),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const problem of result.problems) console.log(formatProblem(problem));

if (result.problems.length > 0) {
  console.error(`\n✗ ${result.problems.length} Problem(e) in ${values.content} – nichts veröffentlicht. (${seconds} s)`);
  process.exit(1);
}
if (!values.quiet) {
  const content = result.content;
  console.log(
    `✓ ${values.content}: ${content?.entries.length ?? 0} Einträge, ${content?.translations.length ?? 0} Übersetzungen – alles gültig. (${seconds} s)`,
  );
}
