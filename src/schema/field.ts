import { z } from 'astro/zod';

/**
 * What the rest of Lotse needs to know about a schema field beyond its type.
 * The CMS configuration, the CSV columns, the search index and the public/internal split
 * are all derived from this metadata, so a field is described exactly once: here.
 */
export interface FieldMeta {
  /** German label, shown to editors in the CMS and used as the CSV column heading. */
  label: string;
  /** German help text for editors (CMS hint). */
  hint?: string;
  /** Translatable: the value may differ per language; otherwise it is shared by all languages. */
  i18n?: boolean;
  /** Only in the internal edition (for counsellors); stripped from the public build. */
  internal?: boolean;
  /** The value is the id of an entry in one of these collections. */
  ref?: readonly string[];
  /**
   * The reference points one step up a hierarchy (commissioned by, reports to, parent
   * organisation). `npm run check` refuses a chain of such references that leads back to where
   * it started: a body cannot stand above itself.
   */
  hierarchy?: boolean;
  /** The value is the id of a term in this vocabulary (`content/vocabularies/<name>.yaml`). */
  vocabulary?: string;
  /** How editors edit the value when the type alone does not say it. */
  widget?: 'markdown' | 'text' | 'date' | 'datetime' | 'opening-hours' | 'coordinates' | 'hidden' | 'location-ids' | 'file';
  /** For `location-ids`: the sibling field holding the organisation whose locations are meant. */
  locationsOf?: string;
  /**
   * German labels of the fixed values of an enum that only editors see (the CMS shows them
   * instead of the raw values). Values the site shows to readers take their labels from the UI
   * strings `value.<field>.<value>` instead, in every language. Set through `labelledEnum()`.
   */
  optionLabels?: Readonly<Record<string, string>>;
  /** For lists of references: the order matters, so editors can move items up and down. */
  ordered?: boolean;
  /** For lists: German name of one item, e.g. „Begriff“ (the CMS's „… hinzufügen“ button). */
  labelSingular?: string;
  /**
   * For a list that sets a condition (districts served, residence statuses, accommodation): an
   * empty list means "no condition, everyone fits", not "unknown". Search facets and the
   * counselling comparison then count the entry as fitting every value.
   */
  emptyMeansAll?: boolean;
  /**
   * Role of the field in the search index: `title` ranks highest, then `keywords`, then `text`.
   * `name` is the entry's short name or abbreviation ("BAMF"): searched like keywords, and a
   * query that names it lists the entry first.
   */
  search?: 'title' | 'name' | 'keywords' | 'text';
}

/** Registry holding the metadata of every described field. */
const fieldRegistry = z.registry<FieldMeta>();

/** Attach Lotse metadata to a schema. Always pass a fresh schema instance. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldRegistry.add(schema, meta);
  return schema;
}

/**
 * An enum of fixed values that editors choose by their German labels: the label map defines
 * the values (its keys), so values and labels are written once, side by side.
 * @example labelledEnum({ public: 'Öffentlich', internal: 'Nur intern' }, { label: 'Sichtbarkeit' })
 */
export function labelledEnum<const Labels extends Readonly<Record<string, string>>>(labels: Labels, meta: Omit<FieldMeta, 'optionLabels'>) {
  const values = Object.keys(labels) as [Extract<keyof Labels, string>, ...Extract<keyof Labels, string>[]];
  return field(z.enum(values), { ...meta, optionLabels: labels });
}

/** Metadata of a field, looking through optional/default/nullable wrappers. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = fieldRegistry.get(current);
    if (meta) return meta;
    current = unwrapOnce(current);
  }
  return undefined;
}

/** The schema inside an optional, default, nullable, readonly or pipe wrapper, if any. */
function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
  const def = schema._zod.def as {
    type: string;
    innerType?: z.ZodType;
    in?: z.ZodType;
    out?: z.ZodType;
  };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return def.innerType;
    case 'pipe':
      // z.preprocess() is a pipe from a transform into the real schema; .transform() is the reverse.
      return def.in?._zod.def.type === 'transform' ? def.out : def.in;
    default:
      return undefined;
  }
}

/** The innermost schema, with all wrappers removed. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let next = unwrapOnce(current); next; next = unwrapOnce(current)) current = next;
  return current;
}

/** True when the field may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}
