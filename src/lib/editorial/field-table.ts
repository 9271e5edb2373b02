import type { z } from 'astro/zod';
import { collectionNames, collections, vocabularyLabels, vocabularyNames, vocabularySchemas } from '#src/schema/index.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';

/** Markers around the generated part of docs/redaktion.md. */
const fieldTableMarkers = { start: '<!-- felder:start (erzeugt mit npm run docs:fields) -->', end: '<!-- felder:end -->' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function hasTranslatable(field: FieldInfo): boolean {
  return field.meta?.i18n === true || (field.fields ?? []).some(hasTranslatable);
}

function rows(fields: FieldInfo[], prefix: string, parentI18n: boolean, out: string[]): void {
  for (const field of fields) {
    const label = `${prefix}${field.meta?.label ?? field.key}`;
    const translatable = parentI18n || field.meta?.i18n === true;
    const nested = field.fields ?? [];
    const own = field.meta?.hint ?? '';
    const hint = field.meta?.internal && !/intern/i.test(own) ? `${own} Nur in der internen Ausgabe.` : own;
    out.push(
      `| ${cell(label)} | ${cell(hint)} | ${field.required ? 'ja' : ''} | ${translatable ? 'ja' : hasTranslatable(field) ? 'teils' : ''} |`,
    );
    if (nested.length > 0) rows(nested, `${label} › `, translatable, out);
  }
}

/**
 * The field reference for editors, generated from the schemas: per collection, then per
 * vocabulary, every field with its German label, hint, whether it is required and whether it
 * is translated.
 */
export function fieldTable(): string {
  const out: string[] = [];
  for (const name of collectionNames) {
    const definition = collections[name];
    out.push(`### ${definition.label}`, '', '| Feld | Bedeutung | Pflicht | Übersetzt |', '| --- | --- | --- | --- |');
    rows(describeObject(definition.schema), '', false, out);
    if (definition.format === 'mdx')
      out.push(
        '| Text der Seite | Der eigentliche Text (Markdown), mit Eintragskarten und Hinweiskästen aus der Werkzeugleiste. |  | ja |',
      );
    out.push('');
  }
  // Vocabularies hold every language in the term itself (no translation pane).
  for (const name of vocabularyNames) {
    const { label, hint } = vocabularyLabels[name];
    out.push(`### Vokabular „${label}“`, '', cell(hint), '', '| Feld | Bedeutung | Pflicht | Übersetzt |', '| --- | --- | --- | --- |');
    rows(describeObject(vocabularySchemas[name] as unknown as z.ZodObject), '', false, out);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Replace the generated part of a document with a fresh field table. */
export function withFieldTable(document: string): string {
  const start = document.indexOf(fieldTableMarkers.start);
  const end = document.indexOf(fieldTableMarkers.end);
  if (start < 0 || end < start) throw new Error(`Markierungen ${fieldTableMarkers.start} … ${fieldTableMarkers.end} fehlen`);
  return `${document.slice(0, start + fieldTableMarkers.start.length)}\n\n${fieldTable()}\n\n${document.slice(end)}`;
}
