/**
 * npm run translation-status [-- --content <dir>] [-- --config <file>] [-- --list]
 *
 * For editors: per language and collection, the share of entries whose translation is current,
 * outdated (the German text changed since), missing or machine-translated, and the line the
 * translation goal is measured on (the collections newcomers act on). With --list, the ids of
 * outdated and missing entries follow, so they can be worked through in the CMS or exported for
 * a translation agency (`npm run translations -- export --only outdated`).
 */
import { formatProblem } from '#src/lib/content/problem.ts';
import { buildDirectory } from '#src/lib/content/directory.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { todayIn } from '#src/lib/dates.ts';
import { languageName } from '#src/lib/review/format-review.ts';
import { newcomerGoal, percent, translationStatus, type StatusCounts } from '#src/lib/translation-status.ts';
import { collections } from '#src/schema/index.ts';
import { parseCommand } from './support/command-line.ts';

const { values, paths } = parseCommand({
  name: 'translation-status',
  summary:
    'Je Sprache und Sammlung der Anteil aktueller, veralteter, fehlender und maschineller Übersetzungen und\ndie Zeile, an der das Übersetzungsziel gemessen wird.',
  options: {
    list: { type: 'boolean', default: false, description: 'danach die IDs der veralteten und fehlenden Einträge' },
  },
});

const result = await validateContent(paths);
if (!result.content || result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const content = result.content;
const directory = buildDirectory({ ...content, edition: 'public', today: todayIn(content.site.timeZone) });
const status = translationStatus(directory);

const share = (part: number, counts: StatusCounts) => `${percent(part, counts.total)} %`.padStart(9);
const row = (label: string, counts: StatusCounts) =>
  `  ${`${label} (${counts.total})`.padEnd(48)}${share(counts.current, counts)}${share(counts.outdated, counts)}${share(counts.missing, counts)}${share(counts.machine, counts)}`;

console.log(`Übersetzungsstand: Anteil der öffentlichen Einträge (${directory.entries.length}) je Sprache und Sammlung`);
for (const language of status) {
  console.log(
    `\n${language.locale} – ${languageName(language.locale)}${' '.repeat(Math.max(1, 43 - languageName(language.locale).length))}  aktuell  veraltet     fehlt  maschinell`,
  );
  for (const { collection, counts } of language.collections) console.log(row(collections[collection].label, counts));
  console.log(row(`Für Neuzugewanderte (Ziel: ${newcomerGoal} % aktuell)`, language.newcomer));
  console.log(row('Alle Einträge', language.all));
}

if (values.list) {
  for (const language of status) {
    const ids = (state: string) => language.entries.filter((item) => item.state === state).map((item) => item.entry.id);
    if (ids('outdated').length) console.log(`\n${language.locale} veraltet: ${ids('outdated').join(', ')}`);
    if (ids('missing').length) console.log(`${language.locale} fehlt: ${ids('missing').join(', ')}`);
  }
}
