/**
 * npm run stamp-translations [-- --all] [-- --content <dir>] [-- <file> …]
 *
 * Marks translation files as made from the current German text by writing
 * `translation.source` (the fingerprint of the German translatable texts). The CMS does this
 * when a translator saves; this is the same for translations written outside the CMS.
 * Without arguments only translations that have no stamp yet are stamped; `--all` re-stamps
 * every translation (use only after checking all of them); file arguments stamp just those.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '#src/lib/content/problem.ts';
import { validateContent } from '#src/lib/content/validate-content.ts';
import { sourceFingerprint } from '#src/lib/schema/translation.ts';
import { translationMeta } from '#src/lib/content/shared-fields.ts';
import { collections } from '#src/schema/index.ts';
import { parseCommand } from './support/command-line.ts';

const { values, positionals, paths } = parseCommand({
  name: 'stamp-translations',
  summary:
    'Kennzeichnet Übersetzungen als aus dem aktuellen deutschen Text gemacht (translation.source), wie das\nRedaktionssystem beim Speichern. Ohne Angaben nur Übersetzungen, die noch keinen Stempel haben.',
  positionals: { usage: '[<Datei> …]', description: 'nur diese Übersetzungsdateien stempeln' },
  options: {
    all: { type: 'boolean', default: false, description: 'alle Übersetzungen neu stempeln (nur, wenn alle geprüft sind)' },
  },
});

const result = await validateContent(paths);
if (!result.content) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}

// Only German entries that pass their schema are in `entries`: a translation of an invalid
// German entry is skipped (and said so), the rest of the content does not block stamping.
const germanById = new Map(result.content.entries.map((entry) => [entry.id, entry]));
const invalidGerman = new Set(result.problems.map((problem) => problem.file));
const wanted = new Set(positionals.map((file) => resolve(file)));
let stamped = 0;

/** Replace or add the `translation:` block in YAML text (top level). */
function withStamp(yaml: string, fingerprint: string, machine: boolean | undefined): string {
  const lines = yaml.replace(/\s+$/, '').split('\n');
  const start = lines.findIndex((line) => /^translation:/.test(line));
  if (start >= 0) {
    let end = start + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end] ?? '')) end++;
    lines.splice(start, end - start);
  }
  // Quoted: a fingerprint of digits only ("87869822") would otherwise be read as a number.
  lines.push('translation:', `  source: "${fingerprint}"`, ...(machine ? ['  machine: true'] : []));
  return `${lines.join('\n')}\n`;
}

for (const translation of result.content.translations) {
  const german = germanById.get(translation.id);
  if (!german || invalidGerman.has(german.file)) {
    console.warn(`übersprungen (deutsche Fassung ungültig): ${translation.file}`);
    continue;
  }
  const path = resolve(translation.file);
  const current = translationMeta(translation);
  const selected = wanted.size > 0 ? wanted.has(path) : values.all || !current.source;
  if (!selected) continue;
  const fingerprint = sourceFingerprint(collections[german.collection].schema, german.data, german.body);
  const text = readFileSync(path, 'utf8');
  let next: string;
  if (path.endsWith('.mdx')) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)$/.exec(text);
    if (!match) continue;
    next = `---\n${withStamp(match[1] ?? '', fingerprint, current.machine).trimEnd()}\n---${match[2]}`;
  } else {
    next = withStamp(text, fingerprint, current.machine);
  }
  if (next !== text) {
    writeFileSync(path, next);
    stamped++;
    console.log(`gestempelt: ${translation.file} (${fingerprint})`);
  }
}
console.log(`${stamped} Übersetzung(en) gestempelt.`);
