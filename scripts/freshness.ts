/**
 * npm run freshness [-- --today YYYY-MM-DD] [-- --content <dir>] [-- --config <file>]
 *
 * The editors' to-do list in the terminal: entries overdue for review (oldest first), outdated
 * and missing translations per language, projects that ended or end within 60 days,
 * cooperation agreements due for review and broken references, each with its link into the
 * CMS. The internal edition shows the same list at /de/redaktion/.
 */
import { z } from 'astro/zod';
import { buildDirectory } from '#src/lib/content/directory.ts';
import { formatProblem } from '#src/lib/content/problem.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { todayIn } from '#src/lib/dates.ts';
import { buildTodo } from '#src/lib/editorial/build-todo.ts';
import { formatTodo } from '#src/lib/editorial/format-todo.ts';
import { parseCommand } from './support/command-line.ts';

z.config(z.locales.de());

const { values, paths } = parseCommand({
  name: 'freshness',
  summary:
    'Die Aufgabenliste der Redaktion: überfällige Prüfungen, veraltete und fehlende Übersetzungen, endende\nProjekte und Vereinbarungen, Verweise ins Leere – jede Zeile mit dem Link ins Redaktionssystem.',
  options: {
    today: { type: 'string', value: '<JJJJ-MM-TT>', description: 'Stichtag statt heute (auch LOTSE_TODAY)' },
  },
});

const result = await validateContent(paths);
if (!result.content) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { site } = result.content;
const today = values.today ?? todayIn(site.timeZone);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`✗ „${today}“ ist kein Datum – als JJJJ-MM-TT schreiben, z. B. --today 2026-11-22`);
  process.exit(2);
}
const directory = buildDirectory({ ...result.content, edition: 'internal', today });
const todo = buildTodo({ entries: directory.entries, archived: directory.archived, locales: site.locales, today });
process.stdout.write(formatTodo(todo, site.url));
if (result.problems.length > 0) {
  console.log(`\nAußerdem ${result.problems.length} Problem(e) im Inhalt – „npm run check“ zeigt sie.`);
}
