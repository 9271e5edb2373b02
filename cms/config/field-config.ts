import type { FieldInfo } from '#src/lib/schema/describe-fields.ts';
import { bodyField, cmsWidgets, translationField } from '../widget-names.ts';
import type { CmsField, CmsOption } from './cms-types.ts';

/** What a field needs to know about the site to become a Decap widget. */
export interface FieldContext {
  /** Collection the field belongs to (for option labels such as "value.networkStatus.*"). */
  collection: string;
  /** Terms per vocabulary (German labels), districts included. */
  vocabularies: Record<string, { id: string; label: string }[]>;
  /** German UI string for a key, if there is one (option labels of fixed values). */
  uiString: (key: string) => string | undefined;
  /** German names of collections, for relation hints. */
  collectionLabels: Record<string, string>;
  /** Languages of the site, German first: the keys of label maps (`{ de, en, … }`). */
  locales: readonly string[];
}

/** Markdown toolbar for plain Markdown fields (descriptions, answers). */
const markdownButtons = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'];

/** Whether a field, or anything inside it, differs per language. */
export function isTranslatable(info: FieldInfo): boolean {
  if (info.meta?.i18n) return true;
  if (info.item && isTranslatable(info.item)) return true;
  return (info.fields ?? []).some(isTranslatable);
}

function checks(info: FieldInfo): { check: string; value?: unknown; maximum?: number; minimum?: number }[] {
  const list = (info.schema._zod.def as unknown as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? [];
  return list.map((check) => check._zod.def as { check: string });
}

function numberBounds(info: FieldInfo): { min?: number; max?: number; int: boolean } {
  const bounds: { min?: number; max?: number; int: boolean } = {
    int: (info.schema._zod.def as { format?: string }).format === 'safeint',
  };
  for (const check of checks(info)) {
    if (check.check === 'greater_than' && typeof check.value === 'number') bounds.min = check.value;
    if (check.check === 'less_than' && typeof check.value === 'number') bounds.max = check.value;
  }
  return bounds;
}

/** Longest allowed text, from the schema's max-length check. */
export function maxLength(info: FieldInfo): number | undefined {
  for (const check of checks(info)) {
    if (check.check === 'max_length' && typeof check.maximum === 'number') return check.maximum;
  }
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Keys of the UI strings that may label a fixed value the site shows (`value.<group>.<option>`):
 * the field name, its singular, or collection and field ("networkStatus" for networks.status).
 */
export function valueLabelKeys(collection: string, key: string, option: string): string[] {
  const singularCollection = collection.replace(/ies$/, 'y').replace(/s$/, '');
  return [`value.${key}.${option}`, `value.${key.replace(/s$/, '')}.${option}`, `value.${singularCollection}${capitalise(key)}.${option}`];
}

/**
 * German label of a fixed value: from the field's own `optionLabels` (values only editors see)
 * or from the site's UI strings (values readers see); the value itself when neither has one,
 * which the CMS configuration test reports.
 */
function optionLabel(info: FieldInfo, option: string, context: FieldContext): string {
  const own = (info.meta?.optionLabels ?? info.item?.meta?.optionLabels)?.[option];
  const label =
    own ??
    valueLabelKeys(context.collection, info.key, option)
      .map((key) => context.uiString(key))
      .find(Boolean);
  return label ? `${label} (${option})` : option;
}

const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

/** Keys a label map must have (`de`); other languages are optional. */
function requiredMapKeys(info: FieldInfo): string[] {
  return Object.keys((info.schema._zod.def as { shape?: Record<string, unknown> }).shape ?? {});
}

/**
 * A label map (`{ de: …, en: … }`, one short text per language) as an object with one text
 * field per language of the site. The file holds all languages, so the fields are not i18n.
 */
function labelMapConfig(field: CmsField, info: FieldInfo, context: FieldContext): CmsField {
  const required = requiredMapKeys(info);
  return {
    ...field,
    widget: 'object',
    collapsed: !info.required,
    fields: context.locales.map((locale) => ({
      name: locale,
      label: `${languageNames.of(locale) ?? locale} (${locale})`,
      widget: 'string',
      required: required.includes(locale),
      i18n: false,
    })),
  };
}

function vocabularyOptions(name: string, context: FieldContext): CmsOption[] {
  return (context.vocabularies[name] ?? []).map((term) => ({ label: term.label, value: term.id }));
}

/** Title of a collapsed list item: its first translatable line, else its first plain text. */
function summaryTemplate(fields: FieldInfo[]): string | undefined {
  const plainText = (field: FieldInfo) =>
    field.type === 'string' && !field.meta?.ref && !field.meta?.vocabulary && field.meta?.widget !== 'markdown';
  const first = fields.find((field) => plainText(field) && field.meta?.i18n) ?? fields.find(plainText);
  return first ? `{{fields.${first.key}}}` : undefined;
}

/**
 * The Decap field for one schema field. `inheritedI18n` is true inside a field that is
 * translatable as a whole (a list of translatable lines), whose parts carry no metadata.
 */
export function fieldConfig(info: FieldInfo, context: FieldContext, inheritedI18n = false): CmsField {
  const meta = info.meta;
  const translatable = inheritedI18n || meta?.i18n === true;
  const field: CmsField = {
    name: info.key,
    label: meta?.label ?? info.key,
    widget: 'string',
    required: info.required,
    i18n: translatable || isTranslatable(info),
  };
  if (meta?.hint) field.hint = meta.hint;
  if (meta?.labelSingular) field['label_singular'] = meta.labelSingular;
  if (info.defaultValue !== undefined && typeof info.defaultValue !== 'object') field.default = info.defaultValue;

  if (meta?.ref) {
    return {
      ...field,
      widget: cmsWidgets.relation,
      collections: [...meta.ref],
      collection_labels: Object.fromEntries(meta.ref.map((name) => [name, context.collectionLabels[name] ?? name])),
      multiple: info.type === 'array',
      ...(meta.ordered ? { ordered: true } : {}),
      hint: field.hint ?? `Suche nach Namen in: ${meta.ref.map((name) => context.collectionLabels[name] ?? name).join(', ')}.`,
    };
  }
  if (meta?.widget === 'file') {
    // A PDF from the media library (media_folder in the configuration); the path is stored.
    return { ...field, widget: 'file', choose_url: false, media_library: { config: { multiple: false } } };
  }
  if (meta?.vocabulary && info.type !== 'number') {
    return { ...field, widget: 'select', multiple: info.type === 'array', options: vocabularyOptions(meta.vocabulary, context) };
  }
  if (meta?.widget === 'coordinates') {
    return { ...field, widget: cmsWidgets.coordinates };
  }
  if (meta?.widget === 'location-ids') {
    return { ...field, widget: 'list', field: { name: 'id', label: 'Kennung des Standorts', widget: 'string', i18n: false } };
  }

  switch (info.type) {
    case 'map':
      return labelMapConfig(field, info, context);
    case 'object':
      return {
        ...field,
        widget: 'object',
        collapsed: !info.required,
        fields: (info.fields ?? []).map((child) => fieldConfig(child, context, translatable)),
      };
    case 'array': {
      const item = info.item;
      if (item?.type === 'object') {
        const summary = summaryTemplate(item.fields ?? []);
        return {
          ...field,
          widget: 'list',
          collapsed: true,
          // Decap would otherwise start a new entry with one empty item.
          default: [],
          ...(summary ? { summary } : {}),
          fields: (item.fields ?? []).map((child) => fieldConfig(child, context, translatable)),
        };
      }
      if (item?.type === 'enum') {
        return {
          ...field,
          widget: 'select',
          multiple: true,
          options: (item.options ?? []).map((option) => ({ label: optionLabel(info, option, context), value: option })),
        };
      }
      return {
        ...field,
        widget: 'list',
        field: { name: 'line', label: field.label, widget: 'string', i18n: translatable },
      };
    }
    case 'enum':
      return {
        ...field,
        widget: 'select',
        options: (info.options ?? []).map((option) => ({ label: optionLabel(info, option, context), value: option })),
      };
    case 'boolean':
      // Without a schema default, a new entry must not get `false` written for it (Decap would).
      return { ...field, widget: 'boolean', required: false, ...(info.defaultValue !== undefined ? { default: info.defaultValue } : {}) };
    case 'number': {
      const bounds = numberBounds(info);
      const levels = meta?.vocabulary ? vocabularyOptions(meta.vocabulary, context) : [];
      return {
        ...field,
        widget: 'number',
        value_type: bounds.int ? 'int' : 'float',
        ...(bounds.min !== undefined ? { min: bounds.min } : {}),
        ...(bounds.max !== undefined ? { max: bounds.max } : {}),
        ...(levels.length > 0 && !field.hint ? { hint: levels.map((level) => `${level.value} = ${level.label}`).join(', ') } : {}),
      };
    }
    default:
      break;
  }

  switch (meta?.widget) {
    case 'markdown':
      return { ...field, widget: 'markdown', buttons: markdownButtons, editor_components: [], modes: ['rich_text', 'raw'] };
    case 'date':
      return info.key === 'reviewed'
        ? { ...field, widget: cmsWidgets.reviewed }
        : { ...field, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false };
    case 'datetime':
      return { ...field, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm' };
    case 'opening-hours':
      return { ...field, widget: cmsWidgets.openingHours };
    case 'hidden':
      return { ...field, widget: 'hidden' };
    case 'text':
      return { ...field, widget: 'text' };
    default: {
      const longest = maxLength(info);
      // Texts longer than a sentence or two get a text area.
      return { ...field, widget: longest !== undefined && longest > 500 ? 'text' : 'string' };
    }
  }
}

/** The Markdown body of journeys and pages, with the MDX components as editor buttons. */
export function bodyFieldConfig(editorComponents: string[]): CmsField {
  return {
    name: bodyField,
    label: 'Text der Seite',
    hint: 'Überschriften mit „##“. Eintragskarten und Hinweiskästen über die Schaltflächen „+“ in der Werkzeugleiste einfügen.',
    widget: 'markdown',
    required: false,
    i18n: true,
    buttons: markdownButtons,
    editor_components: editorComponents,
    modes: ['rich_text', 'raw'],
  };
}

/** Bookkeeping field of translation files, shown to translators as the translation's state. */
export function translationFieldConfig(): CmsField {
  return {
    name: translationField,
    label: 'Stand der Übersetzung',
    hint: 'Wird beim Speichern einer geänderten Übersetzung automatisch gesetzt.',
    widget: cmsWidgets.translation,
    required: false,
    i18n: true,
  };
}
