/**
 * npm run translations -- export --locale <l> [--only missing|outdated] --out <file.xlf>
 * npm run translations -- import <file.xlf> [--machine]
 * (both also take --content <dir> and --config <file>; --help shows all)
 *
 * The round trip with a translation agency: export writes an XLIFF 1.2 file with one unit per
 * translatable field, import validates the returned file completely before it writes anything,
 * then writes and stamps the translation files, checks the content and says what changed.
 * See README, "Übersetzen mit einem Übersetzungsbüro".
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { formatProblem } from '#src/lib/content/problem.ts';
import { validateContent, type ValidatedContent } from '#src/lib/content/validate-content.ts';
import { isGermanOnly } from '#src/lib/required-pages.ts';
import { absoluteUrl, entryPath } from '#src/lib/paths.ts';
import { planImport } from '#src/lib/translations/plan-import.ts';
import { unitsOf, type EntryUnits } from '#src/lib/translations/translation-units.ts';
import { translationMeta } from '#src/lib/content/shared-fields.ts';
import { readXliff, writeXliff } from '#src/lib/translations/xliff-file.ts';
import { failUsage, parseCommand } from './support/command-line.ts';

const { values, positionals, paths } = parseCommand({
  name: 'translations',
  summary: `Übersetzungen mit einem Übersetzungsbüro austauschen (XLIFF 1.2).

  npm run translations -- export --locale <Sprache> --out <Datei.xlf> [--only missing|outdated]
      schreibt alle übersetzbaren Felder (oder nur fehlende bzw. veraltete) für die Sprache
  npm run translations -- import <Datei.xlf> [--machine]
      prüft die zurückgeschickte Datei, schreibt und stempelt die Übersetzungen, prüft den Inhalt;
      bei einem Fehler wird nichts geändert.`,
  positionals: { usage: 'export | import <Datei.xlf>', description: 'Übersetzungen ausgeben oder zurücknehmen' },
  options: {
    locale: { type: 'string', value: '<Sprache>', description: 'export: Zielsprache, z. B. ar' },
    out: { type: 'string', value: '<Datei.xlf>', description: 'export: Zieldatei' },
    only: { type: 'string', value: 'missing|outdated', description: 'export: nur fehlende oder nur veraltete Texte' },
    machine: { type: 'boolean', default: false, description: 'import: als maschinell übersetzt kennzeichnen' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, ...rest] = positionals;
if (!command) failUsage('translations', 'Befehl fehlt – export oder import angeben');

async function loadContent(): Promise<ValidatedContent> {
  const result = await validateContent(paths);
  if (!result.content || result.problems.length > 0) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    fail('\n✗ Der Inhalt hat Fehler – zuerst „npm run check“ beheben, dann erneut versuchen.');
  }
  return result.content;
}

function checkLocale(content: ValidatedContent, locale: string | undefined): string {
  const [source, ...targets] = content.site.locales;
  if (!locale) fail(`Sprache fehlt – mit --locale angeben, eine von: ${targets.join(', ')}`);
  if (locale === source) fail(`${locale} ist die Ausgangssprache – eine Zielsprache angeben: ${targets.join(', ')}`);
  if (!(targets as string[]).includes(locale)) fail(`Unbekannte Sprache „${locale}“ – eine von: ${targets.join(', ')}`);
  return locale;
}

const unitUrl = (content: ValidatedContent) => (collection: Parameters<typeof entryPath>[1], id: string) =>
  absoluteUrl(content.site.url, entryPath(content.site.locales[0] ?? 'de', collection, id));

async function exportUnits(): Promise<void> {
  if (rest.length > 0) failUsage('translations', `unerwartete Angabe „${rest[0]}“ – export nimmt nur Optionen`);
  const content = await loadContent();
  const locale = checkLocale(content, values.locale);
  const only = values.only;
  if (only !== undefined && only !== 'missing' && only !== 'outdated')
    failUsage('translations', `„--only ${only}“: erlaubt sind „missing“ (fehlende) und „outdated“ (veraltete)`);
  if (!values.out) failUsage('translations', 'Zieldatei fehlt – mit --out <Datei.xlf> angeben');
  const translations = new Map(content.translations.filter((t) => t.locale === locale).map((t) => [`${t.collection}/${t.id}`, t]));

  const selected: EntryUnits[] = [];
  for (const entry of content.entries) {
    if (isGermanOnly(entry)) continue;
    const translation = translations.get(`${entry.collection}/${entry.id}`);
    const units = unitsOf(entry, translation);
    if (units.units.length === 0) continue;
    const stamp = translationMeta(translation).source;
    if (only === 'outdated' && !(translation && stamp !== units.fingerprint)) continue;
    if (only === 'missing') {
      units.units = units.units.filter((unit) => unit.target === undefined);
      if (units.units.length === 0) continue;
    }
    selected.push(units);
  }
  const isCurrentAndChecked = (entry: EntryUnits) => {
    const meta = translationMeta(translations.get(`${entry.collection}/${entry.id}`));
    return meta.source === entry.fingerprint && meta.machine !== true;
  };
  const xml = await writeXliff(selected, locale, { url: unitUrl(content), approved: isCurrentAndChecked });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  const count = selected.reduce((sum, entry) => sum + entry.units.length, 0);
  console.log(
    `✓ ${relative(process.cwd(), out)}: ${count} Einheiten aus ${selected.length} Einträgen, Deutsch → ${locale}${only ? ` (nur ${only === 'missing' ? 'fehlende' : 'veraltete'})` : ''}.`,
  );
}

async function importUnits(): Promise<void> {
  const [file, ...extra] = rest;
  if (!file) failUsage('translations', 'Datei fehlt – npm run translations -- import <Datei.xlf>');
  if (extra.length > 0) failUsage('translations', `unerwartete Angabe „${extra[0]}“ – import nimmt genau eine Datei`);
  const path = resolve(file);
  if (!existsSync(path)) fail(`${file}: Datei nicht gefunden`);
  const fileName = relative(process.cwd(), path);
  const read = await readXliff(readFileSync(path, 'utf8'));
  if ('error' in read)
    fail(`${fileName}: ${read.error} – die Datei so zurückschicken lassen, wie das Übersetzungsprogramm sie exportiert. Nichts geändert.`);
  const content = await loadContent();
  const locale = checkLocale(content, read.locale);

  const plan = planImport({
    locale,
    fileName,
    entries: read.entries,
    content,
    machine: values.machine,
    readFile: (target) => (existsSync(target) ? readFileSync(target, 'utf8') : undefined),
  });
  if (plan.problems.length > 0) {
    for (const problem of plan.problems) console.error(problem);
    fail(`\n✗ ${plan.problems.length} Problem(e) in ${fileName} – nichts geändert.`);
  }

  // Write everything, check the content as a whole, and put it all back if the check fails.
  const backups = plan.changes.map((change) => ({
    file: change.file,
    text: existsSync(change.file) ? readFileSync(change.file, 'utf8') : undefined,
  }));
  for (const change of plan.changes) {
    mkdirSync(dirname(change.file), { recursive: true });
    writeFileSync(`${change.file}.import-tmp`, change.text);
    renameSync(`${change.file}.import-tmp`, change.file);
  }
  const checked = await validateContent(paths);
  if (checked.problems.length > 0) {
    for (const backup of backups) {
      if (backup.text === undefined) rmSync(backup.file, { force: true });
      else writeFileSync(backup.file, backup.text);
    }
    for (const problem of checked.problems) console.error(formatProblem(problem));
    fail(`\n✗ Nach dem Import wäre der Inhalt ungültig – alles zurückgesetzt, nichts geändert.`);
  }

  let keptApart: string | undefined;
  if (plan.outdated.length > 0) {
    keptApart = join(dirname(path), `${basename(path, extname(path))}.veraltet.xlf`);
    const entries = plan.outdated.map(({ entry, targets }) => ({
      ...entry,
      units: entry.units.flatMap((unit) => (targets.has(unit.path) ? [{ ...unit, target: targets.get(unit.path) as string }] : [])),
    }));
    writeFileSync(keptApart, await writeXliff(entries, locale, { url: unitUrl(content), approved: () => false }));
  }

  console.log(`Übersetzungen ${locale} aus ${fileName}:`);
  for (const change of plan.changes) {
    console.log(
      `  ${change.created ? 'neu' : 'geändert'}: ${change.file} – ${change.title}${change.fields.length ? ` (${change.fields.join(', ')})` : ' (von einer Person bestätigt)'}`,
    );
  }
  for (const { entry } of plan.outdated) {
    console.log(
      `  veraltet, nicht übernommen: ${entry.collection}/${entry.id} – ${entry.title} (der deutsche Text wurde nach dem Export geändert)`,
    );
  }
  if (keptApart)
    console.log(
      `  Die veralteten Einheiten liegen mit dem neuen deutschen Text in ${relative(process.cwd(), keptApart)} – an das Übersetzungsbüro zurückgeben.`,
    );
  console.log(
    plan.changes.length === 0
      ? '✓ Keine Änderungen – alle Übersetzungen der Datei sind schon so gespeichert.'
      : `✓ ${plan.changes.length} Datei(en) geschrieben und gestempelt; Inhalt geprüft – alles gültig.`,
  );
}

if (command === 'export') await exportUnits();
else if (command === 'import') await importUnits();
else failUsage('translations', `unbekannter Befehl „${command}“ – export oder import`);
