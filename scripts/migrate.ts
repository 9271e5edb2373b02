/**
 * npm run migrate [-- --content <dir>] [-- --config <file>] [-- --dry-run]
 *
 * Converts content written for an earlier Lotse to the current content model (the changes are
 * listed in src/lib/migrate/content-changes.ts; `npm run check` names each one it finds), prints
 * one line per converted file, then checks the content. Comments, order and quoting of the files
 * stay as they were. Running it again changes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { formatProblem } from '#src/lib/content/problem.ts';
import { loadSiteConfig, validateContent } from '#src/lib/content/validate-content.ts';
import { migrateContent } from '#src/lib/migrate/migrate-content.ts';

z.config(z.locales.de());

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    config: { type: 'string', default: 'site.config.yaml' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const contentDir = resolve(values.content);
const configFile = resolve(values.config);
const dryRun = values['dry-run'];

const config = await loadSiteConfig(configFile);
if (!config.site) {
  for (const problem of config.problems) console.error(formatProblem(problem));
  process.exit(1);
}

const migrated = await migrateContent({ contentDir, site: config.site, dryRun });
for (const file of migrated) console.log(`${file.file}: ${file.done}`);
if (migrated.length === 0) console.log(`${values.content}: nichts umzustellen – der Inhalt hat schon die aktuelle Form.`);
else console.log(`\n${migrated.length} Datei(en) ${dryRun ? 'würden umgestellt (--dry-run: nichts geschrieben)' : 'umgestellt'}.`);
if (dryRun) process.exit(0);

const result = await validateContent({ contentDir, configFile });
for (const problem of result.problems) console.log(formatProblem(problem));
if (result.problems.length > 0) {
  console.error(`\n✗ ${result.problems.length} Problem(e) bleiben – bitte von Hand beheben, dann „npm run check“.`);
  process.exit(1);
}
console.log(`✓ ${values.content}: alles gültig.`);
