/**
 * npm run synthetic [-- --count 2000] [-- --seed 1] [-- --out .lotse/synthetic/content]
 *                   [-- --content <dir>] [-- --config <file>]
 *
 * Writes a synthetic, realistic content folder for benchmarks and load tests: German entries
 * across all collections, a translation of each into every other language of the site, and the
 * vocabularies of content/ (plus the terms the generator needs). Deterministic: the same seed
 * and count always give the same files. Check it with `npm run check -- --content <out>`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTermsLeniently } from '#src/lib/content/read-vocabularies.ts';
import { todayIn } from '#src/lib/dates.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { vocabularyNames } from '#src/schema/index.ts';
import { failUsage, parseCommand } from './support/command-line.ts';
import { generateSyntheticContent } from './synthetic/generate.ts';

const { values, paths } = parseCommand({
  name: 'synthetic',
  summary:
    'Schreibt einen künstlichen, wirklichkeitsnahen Inhaltsordner für Messungen: deutsche Einträge aller\nSammlungen, je eine Übersetzung in jede weitere Sprache, die Vokabulare von --content. Gleiche Angaben\nergeben immer dieselben Dateien.',
  options: {
    count: { type: 'string', value: '<Anzahl>', default: '2000', description: 'Zahl der deutschen Einträge' },
    seed: { type: 'string', value: '<Zahl>', default: '1', description: 'Startwert des Zufalls' },
    out: { type: 'string', value: '<Ordner>', default: '.lotse/synthetic/content', description: 'Zielordner (wird ersetzt)' },
  },
});
for (const option of ['count', 'seed'] as const) {
  if (!/^\d+$/.test(values[option])) failUsage('synthetic', `„--${option} ${values[option]}“ ist keine ganze Zahl`);
}

const started = performance.now();
const site = readSiteConfig(paths.configFile);
const vocabularies: Record<string, Record<string, unknown>[]> = {};
// A missing vocabulary file gives no terms: the generator brings the terms it needs.
for (const name of vocabularyNames) vocabularies[name] = readTermsLeniently(paths.contentDir, name);

const files = generateSyntheticContent({
  site,
  vocabularies,
  count: Number(values.count),
  seed: Number(values.seed),
  today: todayIn(site.timeZone),
});

const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
for (const file of files) {
  const path = join(out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
}
const german = files.filter((file) => file.path.split('/')[1] === site.locales[0]).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `✓ ${german} Einträge, ${files.length - german - readdirSync(join(out, 'vocabularies')).length} Übersetzungen in ${values.out} (${seconds} s)`,
);
