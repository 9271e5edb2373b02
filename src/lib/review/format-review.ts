import { collections } from '#src/schema/index.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import type { ReviewReport } from './compare-content.ts';

const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

/** German name of a language code, e.g. "en" → "Englisch". */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

function kindOf(collection: keyof typeof collections): string {
  return collections[collection].labelSingular;
}

/**
 * The review report as Markdown in plain German, for the terminal and as a comment on the
 * pull/merge request: validation result, changed entries field by field, vocabulary terms, translations, newly
 * outdated translations and new dangling references.
 */
export function formatReview(
  report: ReviewReport,
  options: { base: string; head: string; problems: Problem[]; entryCount: number },
): string {
  const lines: string[] = [`## Prüfbericht: Änderungen von ${options.head} gegenüber ${options.base}`, ''];

  if (options.problems.length === 0) {
    lines.push(`**Prüfung:** ✓ Alle Inhalte sind gültig (${options.entryCount} Einträge).`, '');
  } else {
    lines.push(`**Prüfung:** ✗ ${options.problems.length} Problem(e) – so kann nichts veröffentlicht werden:`, '');
    for (const problem of options.problems) lines.push(`- ${formatProblem(problem)}`);
    lines.push('');
  }

  lines.push('### Einträge', '');
  if (report.entries.length === 0) lines.push('Keine Einträge geändert.');
  for (const change of report.entries) {
    const what = `${kindOf(change.collection)} „${change.title}“ (${change.collection}/${change.id})`;
    if (change.kind === 'added') lines.push(`- Neu: ${what}`);
    else if (change.kind === 'removed') lines.push(`- Gelöscht: ${what}`);
    else {
      lines.push(`- Geändert: ${what}`);
      for (const detail of change.details) lines.push(`  - ${detail}`);
    }
  }
  lines.push('');

  lines.push('### Vokabulare', '');
  if (report.terms.length === 0) lines.push('Keine Begriffe geändert.');
  for (const change of report.terms) {
    const what = `Begriff „${change.title}“ (${change.vocabulary}/${change.id}) in „${change.vocabularyLabel}“`;
    if (change.kind === 'added') lines.push(`- Neu: ${what}`);
    // Entries still using the term fail the check above ("ist kein Begriff im Vokabular").
    else if (change.kind === 'removed') lines.push(`- Gelöscht: ${what} – Einträge, die ihn verwenden, müssen geändert werden`);
    else {
      lines.push(`- Geändert: ${what}`);
      for (const detail of change.details) lines.push(`  - ${detail}`);
    }
  }
  lines.push('');

  lines.push('### Übersetzungen', '');
  if (report.translations.length === 0) lines.push('Keine Übersetzungen geändert.');
  for (const change of report.translations) {
    const language = languageName(change.locale);
    const state =
      change.state === 'current' ? ' – aktuell' : change.state === 'outdated' ? ' – passt nicht zum deutschen Text (veraltet)' : '';
    const verb = change.kind === 'added' ? 'neu' : change.kind === 'removed' ? 'gelöscht' : 'geändert';
    lines.push(`- ${language}e Übersetzung von „${change.title}“ ${verb}${state}`.replace('Deutsche', 'Deutsch'));
  }
  lines.push('');

  lines.push('### Dadurch veraltete Übersetzungen', '');
  if (report.outdated.length === 0) lines.push('Keine.');
  for (const item of report.outdated) {
    lines.push(
      `- „${item.title}“: ${item.locales.map(languageName).join(', ')} – der deutsche Text wurde geändert, bitte Übersetzung anpassen`,
    );
  }
  lines.push('');

  lines.push('### Neue Verweise ins Leere', '');
  if (report.danglingReferences.length === 0) lines.push('Keine.');
  for (const item of report.danglingReferences) {
    lines.push(`- „${item.title}“, Feld „${item.field}“: verweist auf „${item.target}“, das es nicht mehr gibt`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
