/**
 * npm run freshness [-- --today YYYY-MM-DD]
 *
 * The editors' to-do list in the terminal: entries overdue for review (oldest first), outdated
 * and missing translations per language, projects that ended or end within 60 days,
 * cooperation agreements due for review and broken references, each with its link into the
 * CMS. The internal edition shows the same list at /de/redaktion/.
 */
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { buildDirectory } from '../src/lib/content/directory.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { todayIn } from '../src/lib/dates.ts';
import { buildTodo } from '../src/lib/editorial/build-todo.ts';
import { formatTodo } from '../src/lib/editorial/format-todo.ts';
import { projectPaths } from '../src/lib/site-config.ts';

z.config(z.locales.de());

const { values } = parseArgs({ options: { today: { type: 'string' } } });

const result = await validateContent(projectPaths);
if (!result.content) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { site } = result.content;
const today = values.today ?? todayIn(site.timeZone);
const directory = buildDirectory({ ...result.content, edition: 'internal', today });
const todo = buildTodo({ entries: directory.entries, archived: directory.archived, locales: site.locales, today });
process.stdout.write(formatTodo(todo, site.url));
if (result.problems.length > 0) {
  console.log(`\nAußerdem ${result.problems.length} Problem(e) im Inhalt – „npm run check“ zeigt sie.`);
}
