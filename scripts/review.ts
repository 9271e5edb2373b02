/**
 * npm run review -- --base <branch> [--head <branch>] [--out <file>] [--repo <dir>]
 *                   [--content <dir>] [--config <file>]
 *
 * The review report of a change: every added, changed or removed entry and vocabulary term
 * since the base in plain German, the validation result, new dangling references and translations that became
 * outdated. Without --head the working tree is compared. CI posts the output on the pull/merge
 * request. Exit code 0 when the content is valid, 1 otherwise.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { compareContent } from '#src/lib/review/compare-content.ts';
import { formatReview } from '#src/lib/review/format-review.ts';
import { readRevision, readVersion, type ContentLayout } from '#src/lib/review/read-version.ts';
import { failUsage, parseCommand } from './support/command-line.ts';

z.config(z.locales.de());

const { values, paths } = parseCommand({
  name: 'review',
  summary:
    'Der Prüfbericht einer Änderung: alle neuen, geänderten und gelöschten Einträge und Begriffe seit dem\nVergleichsstand, das Prüfergebnis, neue Verweise ins Leere und veraltete Übersetzungen.',
  options: {
    base: { type: 'string', value: '<Branch>', description: 'Vergleichsstand, z. B. main (Pflicht)' },
    head: { type: 'string', value: '<Branch>', description: 'zu prüfender Stand (Standard: der Arbeitsstand)' },
    repo: { type: 'string', value: '<Ordner>', description: 'anderes Repository (Standard: dieser Ordner)' },
    out: { type: 'string', value: '<Datei>', description: 'den Bericht (Markdown) auch in diese Datei schreiben' },
  },
  examples: ['npm run review -- --base main', 'npm run review -- --base main --head redaktion/neuer-eintrag --out bericht.md'],
});

if (!values.base) failUsage('review', 'Vergleichsstand fehlt – z. B. „--base main“ angeben');

/**
 * Where the content in use lies in the project, as git names paths; the same place is read in
 * every revision and in another clone (--repo).
 */
function inProject(path: string, option: string): string {
  const inside = relative(process.cwd(), path);
  if (inside.startsWith('..') || isAbsolute(inside))
    failUsage('review', `${option} „${path}“ liegt nicht im Projektordner – git kennt nur Dateien darin`);
  return inside.split(sep).join('/');
}

const repo = resolve(values.repo ?? process.cwd());
const layout: ContentLayout = { content: inProject(paths.contentDir, '--content'), config: inProject(paths.configFile, '--config') };

try {
  const before = await readRevision(repo, values.base, layout);
  const after = values.head ? await readRevision(repo, values.head, layout) : await readVersion(repo, layout);
  const report = compareContent(before, after);
  const text = formatReview(report, {
    base: values.base,
    head: values.head ?? 'Arbeitsstand',
    problems: after.problems,
    entryCount: after.entries.length,
  });
  if (values.out) writeFileSync(values.out, text);
  process.stdout.write(text);
  process.exit(after.problems.length > 0 ? 1 : 0);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(2);
}
