/**
 * The small part of Decap CMS's browser API that Lotse uses. Decap's prebuilt bundle puts
 * `CMS`, `h` (React.createElement) and `createClass` on `window`; our widgets and previews are
 * written against those, so the admin needs no React of its own.
 */

/** React.createElement as exposed by Decap. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** An Immutable.js collection as Decap passes values around. */
export interface ImmutableLike {
  get(key: string, notSetValue?: unknown): unknown;
  getIn(path: unknown[], notSetValue?: unknown): unknown;
  set(key: string, value: unknown): ImmutableLike;
  setIn(path: unknown[], value: unknown): ImmutableLike;
  deleteIn(path: unknown[]): ImmutableLike;
  toJS(): unknown;
}

/** Props Decap gives a widget control. */
export interface ControlProps {
  value: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  field: ImmutableLike;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  getEntry: () => ImmutableLike;
  locale?: string;
  query: (
    namespace: string,
    collection: string,
    searchFields: string[],
    term: string,
  ) => Promise<{ payload?: { hits?: { slug: string; data: Record<string, unknown> }[] } }>;
}

/** Props Decap gives a preview template. */
export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => unknown;
  fieldsMetaData: ImmutableLike;
  /** The collection's fields from the configuration (Immutable list). */
  fields: unknown;
  document: Document;
  window: Window;
}

/** A block the Markdown editor offers in its "+" menu. */
export interface EditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, unknown>;
  toBlock: (data: Record<string, unknown>) => string;
  toPreview: (data: Record<string, unknown>) => string;
}

export interface DecapEvent {
  entry: ImmutableLike;
  author: { login?: string; name?: string };
}

export interface DecapCms {
  init: (options?: { config?: Record<string, unknown> }) => void;
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  registerPreviewTemplate: (collection: string, component: unknown) => void;
  registerPreviewStyle: (url: string) => void;
  registerEditorComponent: (component: EditorComponent) => void;
  registerEventListener: (listener: { name: string; handler: (event: DecapEvent) => unknown }) => void;
  registerAdditionalLink?: (link: { id: string; title: string; data: unknown; options?: { icon?: string } }) => void;
}

declare global {
  interface Window {
    CMS?: DecapCms;
    h?: CreateElement;
    createClass?: (spec: Record<string, unknown>) => unknown;
    CMS_MANUAL_INIT?: boolean;
  }
}

/** Load Decap's bundle from the site (never a CDN) without starting it. */
export async function loadDecap(src: string): Promise<DecapCms> {
  window.CMS_MANUAL_INIT = true;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Decap CMS konnte nicht geladen werden (${src})`)));
    document.head.append(script);
  });
  if (!window.CMS) throw new Error('Decap CMS wurde geladen, hat sich aber nicht angemeldet (window.CMS fehlt)');
  return window.CMS;
}

/** React.createElement from Decap's bundle. */
export function h(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown {
  if (!window.h) throw new Error('Decap CMS ist nicht geladen');
  return window.h(type, props ?? null, ...children);
}

/** A React class component from Decap's bundle (no hooks are exposed). */
export function createClass(spec: Record<string, unknown>): unknown {
  if (!window.createClass) throw new Error('Decap CMS ist nicht geladen');
  return window.createClass(spec);
}

/** A value from Decap as plain JavaScript (Immutable collections are converted). */
export function toPlain(value: unknown): unknown {
  return value && typeof (value as ImmutableLike).toJS === 'function' ? (value as ImmutableLike).toJS() : value;
}

/** A field option from the widget's configuration. */
export function fieldOption<T>(field: ImmutableLike, key: string, fallback: T): T {
  const value = toPlain(field.get(key));
  return (value ?? fallback) as T;
}
