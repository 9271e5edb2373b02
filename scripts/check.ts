/**
 * npm run check [-- --content <dir>] [-- --config <file>] [-- --quiet]
 *
 * Validates a content folder (default: content/) against the schemas and prints one line per
 * problem: file, field and what to do; then one line per warning. Exit code 0 only when there
 * is no problem (warnings do not count).
 */
import { relative } from 'node:path';
import { z } from 'astro/zod';
import { formatProblem, formatWarning } from '#src/lib/content/problem.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { parseCommand } from './support/command-line.ts';

z.config(z.locales.de());

const { values, paths } = parseCommand({
  name: 'check',
  summary:
    'Prüft Inhaltsordner und Konfiguration gegen die Schemas: eine Zeile je Problem mit Datei, Feld und\nwas zu tun ist, danach die Warnungen. Ergebnis 0 nur, wenn es kein Problem gibt.',
  options: {
    quiet: { type: 'boolean', default: false, description: 'keine Zeile, wenn alles gültig ist' },
  },
  examples: ['npm run check', 'npm run check -- --content meine-stadt/content --config meine-stadt/site.config.yaml'],
});

const started = performance.now();
const result = await validateContent(paths);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const shown = relative(process.cwd(), paths.contentDir) || paths.contentDir;

for (const problem of result.problems) console.log(formatProblem(problem));
for (const warning of result.warnings) console.log(formatWarning(warning));

if (result.problems.length > 0) {
  console.error(`\n✗ ${result.problems.length} Problem(e) in ${shown} – nichts veröffentlicht. (${seconds} s)`);
  process.exit(1);
}
if (!values.quiet) {
  const content = result.content;
  const warned = result.warnings.length > 0 ? `, ${result.warnings.length} Warnung(en)` : '';
  console.log(
    `✓ ${shown}: ${content?.entries.length ?? 0} Einträge, ${content?.translations.length ?? 0} Übersetzungen – alles gültig${warned}. (${seconds} s)`,
  );
}
