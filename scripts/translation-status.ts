/**
 * npm run translation-status [-- --content <dir>] [-- --config <file>] [-- --list]
 *
 * For editors: per language, how many entries are translated and current, outdated (the German
 * text changed since), missing, machine-translated or partly German. With --list, the ids of
 * outdated and missing entries follow, so they can be worked through in the CMS.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content/problem.ts';
import { buildDirectory } from '../src/lib/content/directory.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { todayIn } from '../src/lib/dates.ts';
import { translationStatus } from '../src/lib/translation-status.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    config: { type: 'string', default: 'site.config.yaml' },
    list: { type: 'boolean', default: false },
  },
});

const result = await validateContent({ contentDir: resolve(values.content), configFile: resolve(values.config) });
if (!result.content || result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const content = result.content;
const directory = buildDirectory({ ...content, edition: 'public', today: todayIn(content.site.timeZone) });
const rows = translationStatus(directory);
const total = directory.entries.length;
console.log(`Übersetzungsstand (${total} öffentliche Einträge)\n`);
console.log('Sprache  aktuell  veraltet  fehlt  maschinell  teilweise Deutsch');
for (const row of rows) {
  console.log(
    `${row.locale.padEnd(7)}  ${String(row.current).padStart(7)}  ${String(row.outdated).padStart(8)}  ${String(row.missing).padStart(5)}  ${String(row.machine).padStart(10)}  ${String(row.partial).padStart(17)}`,
  );
}
if (values.list) {
  for (const row of rows) {
    if (row.outdatedIds.length) console.log(`\n${row.locale} veraltet: ${row.outdatedIds.join(', ')}`);
    if (row.missingIds.length) console.log(`${row.locale} fehlt: ${row.missingIds.join(', ')}`);
  }
}
