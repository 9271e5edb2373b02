/** A choice of a select widget. */
export interface CmsOption {
  label: string;
  value: string;
}

/** One field of the Decap configuration (only the keys Lotse uses are typed). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean;
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  options?: CmsOption[];
  multiple?: boolean;
  collections?: string[];
  [key: string]: unknown;
}

/** One folder collection of the Decap configuration. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  delete: boolean;
  i18n: boolean;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  fields: CmsField[];
  [key: string]: unknown;
}

/** One file of a file collection: a whole YAML file edited as one entry. */
export interface CmsFile {
  name: string;
  label: string;
  file: string;
  fields: CmsField[];
  [key: string]: unknown;
}

/** A file collection of the Decap configuration (the vocabularies). */
export interface CmsFileCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  i18n: false;
  files: CmsFile[];
  [key: string]: unknown;
}

/** Whether a collection is a folder collection (one file per entry), not a file collection. */
export function isFolderCollection(collection: CmsCollection | CmsFileCollection): collection is CmsCollection {
  return 'folder' in collection;
}

/** The whole Decap configuration (config.yml). */
export interface CmsConfig {
  locale: string;
  backend: Record<string, unknown>;
  publish_mode: 'editorial_workflow';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  show_preview_links: boolean;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: (CmsCollection | CmsFileCollection)[];
  [key: string]: unknown;
}
