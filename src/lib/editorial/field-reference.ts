import { z } from 'astro/zod';
import { dump } from 'js-yaml';
import { collectionNames, collections, vocabularyLabels, vocabularyNames, vocabularySchemas } from '#src/schema/index.ts';
import { mdxComponents } from '#src/schema/mdx-components.ts';
import { cmsConfigSchema, siteConfigSchema } from '#src/schema/site-config.ts';
import { idPattern } from '#src/schema/shared/refs.ts';
import { describeObject, type FieldInfo } from '../schema/describe-fields.ts';

/** Markers around the generated part of docs/felder.md. */
const fieldReferenceMarkers = {
  start: '<!-- referenz:start (erzeugt mit npm run docs:fields) -->',
  end: '<!-- referenz:end -->',
} as const;

/** Example data the reference quotes: the starter kit's files (what an adopter edits first). */
export interface ReferenceExamples {
  /** One example entry per collection (German file, parsed). */
  entries: Partial<Record<string, unknown>>;
  /** The starter's site.config.yaml, parsed. */
  site: unknown;
  /** Terms per vocabulary file. */
  vocabularies: Partial<Record<string, unknown[]>>;
}

/** What JSON Schema says about a field's value: the limits editors meet. */
interface Limits {
  type?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  const?: unknown;
  anyOf?: Limits[];
  items?: Limits;
}

function limitsOf(schema: z.ZodType): Limits {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Limits;
  } catch {
    return {};
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** A value as YAML on one line, short enough for a table. */
function inlineYaml(value: unknown): string {
  const text = dump(value, { flowLevel: 0, lineWidth: -1 }).trim();
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/** The value at a path in example data; a list gives its first item. */
function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const key of path) {
    if (Array.isArray(current)) current = current[0];
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function vocabularyFile(name: string): string {
  return name === 'districts' ? 'site.config.yaml, `districts`' : `content/vocabularies/${name}.yaml`;
}

/** Type, allowed values and a fallback example of one field, in German. */
function describe(field: FieldInfo, examples: ReferenceExamples): { type: string; allowed: string; example?: unknown } {
  const meta = field.meta;
  const limits = limitsOf(field.schema);
  const list = field.type === 'array';
  const item = list ? (limits.items ?? {}) : limits;
  const length = item.maxLength ? ` (höchstens ${item.maxLength.toLocaleString('de-DE')} Zeichen)` : '';
  const atLeast = list && limits.minItems ? `, mindestens ${limits.minItems}` : '';
  if (meta?.ref) {
    return {
      type: `${list ? 'Liste von IDs' : 'ID'}${atLeast}`,
      allowed: `ID (Dateiname) eines Eintrags in ${meta.ref.join(', ')}`,
      example: list ? ['…'] : '…',
    };
  }
  if (meta?.vocabulary) {
    const [first] = (examples.vocabularies[meta.vocabulary] ?? []) as { id?: unknown }[];
    const term = first?.id !== undefined ? String(first.id) : '…';
    return {
      type: `${list ? 'Liste von Begriffen' : meta.vocabulary === 'cooperation-levels' ? 'ganze Zahl' : 'Begriff'}${atLeast}`,
      allowed: `Kennung eines Begriffs aus ${vocabularyFile(meta.vocabulary)}`,
      example: list ? [term] : term,
    };
  }
  switch (meta?.widget) {
    case 'date':
      return { type: 'Datum', allowed: 'JJJJ-MM-TT, ein Tag, den es gibt', example: '2026-01-31' };
    case 'datetime':
      return { type: 'Zeitpunkt', allowed: 'JJJJ-MM-TTTHH:MM (Ortszeit)', example: '2026-03-31T14:00' };
    case 'opening-hours':
      return { type: 'Öffnungszeiten', allowed: 'OpenStreetMap-Schreibweise', example: 'Mo-Fr 08:00-12:00; PH off' };
    case 'markdown':
      return {
        type: `Text in Markdown${length}`,
        allowed: 'Links nur https://, http://, mailto:, tel:; HTML wird entfernt',
        example: 'Text mit **Hervorhebung**.',
      };
    case 'coordinates':
      return { type: 'Koordinaten', allowed: '`lat` −90 bis 90, `lng` −180 bis 180 (WGS 84)', example: { lat: 51.1634, lng: 10.4477 } };
    case 'location-ids':
      return {
        type: 'Liste von Standort-Kennungen',
        allowed: `\`id\` eines Standorts (\`locations\`) von \`${meta.locationsOf ?? ''}\``,
        example: ['…'],
      };
    default:
      break;
  }
  switch (field.type) {
    case 'enum':
      return { type: 'Auswahl', allowed: (field.options ?? []).map((option) => `\`${option}\``).join(', '), example: field.options?.[0] };
    case 'boolean':
      return { type: 'Ja/Nein', allowed: '`true` oder `false`', example: true };
    case 'number': {
      const range = limits.minimum !== undefined && limits.maximum !== undefined ? `${limits.minimum} bis ${limits.maximum}` : '';
      return { type: limits.type === 'integer' ? 'ganze Zahl' : 'Zahl', allowed: range, example: limits.minimum ?? 1 };
    }
    case 'map':
      return { type: 'Text je Sprache', allowed: '`de` Pflicht; weitere Sprachen der Website', example: { de: '…', en: '…' } };
    case 'object':
      return { type: 'Gruppe', allowed: 'die Felder darunter, eingerückt' };
    case 'array':
      if (item.anyOf) return { type: `Liste${atLeast}`, allowed: 'jeder Punkt in einer der Formen, die „Bedeutung“ nennt' };
      if (field.fields) return { type: `Liste${atLeast}`, allowed: 'jeder Punkt mit „- “ und den Feldern darunter' };
      if (field.item?.type === 'enum') {
        return {
          type: `Liste${atLeast}`,
          allowed: (field.item.options ?? []).map((option) => `\`${option}\``).join(', '),
          example: [field.item.options?.[0]],
        };
      }
      return { type: `Liste von Texten${length}${atLeast}`, allowed: '', example: ['…'] };
    default:
      if (limits.const !== undefined) return { type: 'fester Wert', allowed: `\`${String(limits.const)}\``, example: limits.const };
      if (item.pattern === idPattern.source) return { type: 'ID', allowed: 'Kleinbuchstaben, Ziffern, Bindestriche', example: '…' };
      return { type: `Text${length}`, allowed: '', example: '…' };
  }
}

function rows(
  fields: FieldInfo[],
  prefix: string,
  example: unknown,
  examples: ReferenceExamples,
  translatable: boolean,
  out: string[],
): void {
  for (const field of fields) {
    const key = `${prefix}${field.key}`;
    const { type, allowed, example: fallback } = describe(field, examples);
    const i18n = translatable || field.meta?.i18n === true;
    const own = valueAt(example, field.path);
    const shown = own !== undefined ? own : field.defaultValue !== undefined ? field.defaultValue : fallback;
    const required = field.required ? 'ja' : field.defaultValue !== undefined ? `nein (sonst ${inlineYaml(field.defaultValue)})` : 'nein';
    const notes = [field.meta?.internal ? 'nur interne Ausgabe' : '', i18n ? 'übersetzbar' : ''].filter(Boolean).join(', ');
    const meaning = [field.meta?.label ? `**${field.meta.label}**${notes ? ` (${notes})` : ''}` : notes, field.meta?.hint ?? ''].filter(
      Boolean,
    );
    const label = meaning.join(' – ');
    out.push(
      `| \`${key}\` | ${cell(label)} | ${cell(type)} | ${required} | ${cell(allowed)} | ${shown === undefined ? '' : `\`${cell(inlineYaml(shown))}\``} |`,
    );
    if (field.fields) rows(field.fields, `${key}${field.type === 'array' ? '[].' : '.'}`, example, examples, i18n, out);
  }
}

const header = ['| Schlüssel | Bedeutung | Typ | Pflicht | Erlaubt | Beispiel |', '| --- | --- | --- | --- | --- | --- |'];

/**
 * The field reference for people who write YAML by hand, generated from the schemas: per
 * collection, vocabulary and for site.config.yaml every key with its type, whether it is
 * required, the allowed values and an example (from the starter kit where it has one).
 */
export function fieldReference(examples: ReferenceExamples): string {
  const out: string[] = [];
  out.push('## site.config.yaml', '', ...header);
  const siteFields = describeObject(siteConfigSchema).filter((field) => field.key !== 'cms');
  rows(siteFields, '', examples.site, examples, false, out);
  out.push('', '### cms (Redaktionssystem)', '', 'Je nach `backend` gelten andere Felder:', '');
  for (const variant of cmsConfigSchema.options) {
    const fields = describeObject(variant);
    const backend = String((variant.shape.backend as z.ZodLiteral).value);
    out.push(`**backend: ${backend}**`, '', ...header);
    rows(
      fields.filter((field) => field.key !== 'backend'),
      'cms.',
      {
        cms:
          backend === (examples.site as { cms?: { backend?: string } })?.cms?.backend ? (examples.site as { cms: unknown }).cms : undefined,
      },
      examples,
      false,
      out,
    );
    out.push('');
  }

  for (const name of collectionNames) {
    const definition = collections[name];
    out.push(`## ${definition.label} (\`content/${name}/de/<id>.${definition.format}\`)`, '', ...header);
    rows(describeObject(definition.schema), '', examples.entries[name], examples, false, out);
    out.push('');
    if (definition.format === 'mdx') {
      const components = Object.keys(mdxComponents).map((component) => `\`<${component}>\``);
      out.push(
        `Unter dem Kopfbereich (zwischen den Zeilen \`---\`) steht der Text der Seite in Markdown. Erlaubt sind zusätzlich nur ${components.join(' und ')}; \`import\`, \`export\`, \`{…}\` und HTML nicht.`,
        '',
      );
    }
  }

  for (const name of vocabularyNames) {
    const { label, hint } = vocabularyLabels[name];
    out.push(
      `## Vokabular „${label}“ (\`content/vocabularies/${name}.yaml\`)`,
      '',
      cell(hint),
      '',
      'Die Datei beginnt mit `terms:`; jeder Begriff ist ein Punkt der Liste mit diesen Feldern:',
      '',
      ...header,
    );
    rows(describeObject(vocabularySchemas[name] as unknown as z.ZodObject), '', examples.vocabularies[name]?.[0], examples, false, out);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Replace the generated part of docs/felder.md with a fresh reference. */
export function withFieldReference(document: string, examples: ReferenceExamples): string {
  const start = document.indexOf(fieldReferenceMarkers.start);
  const end = document.indexOf(fieldReferenceMarkers.end);
  if (start < 0 || end < start) throw new Error(`Markierungen ${fieldReferenceMarkers.start} … ${fieldReferenceMarkers.end} fehlen`);
  return `${document.slice(0, start + fieldReferenceMarkers.start.length)}\n\n${fieldReference(examples)}\n\n${document.slice(end)}`;
}
