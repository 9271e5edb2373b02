import { mdxComponents, type MdxComponent, type MdxComponentName } from '#src/schema/mdx-components.ts';

/**
 * The MDX components allowed in pages and journeys, as blocks an editor inserts from the CMS
 * toolbar. Writing and reading the MDX text lives here (pure, unit-tested); the admin bundle
 * only wraps it in Decap's editor-component API. The text written is exactly what
 * `checkMdx` accepts: the component name and plain string properties in double quotes.
 */

/** Values of one block: its properties and, for wrapping components, the Markdown inside. */
export type BlockData = Record<string, string>;

/** Name of the field holding the Markdown inside a wrapping component. */
export const childrenField = 'body';

const components = mdxComponents as Record<string, MdxComponent>;

/** Decap's id of a component's editor block, e.g. "EntryCard" → "entry-card". */
export function editorComponentId(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function escapeAttribute(value: string): string {
  // Double quotes end the property; MDX strings have no escapes, so the typographic form is used.
  return value.replace(/"/g, '”');
}

/** The MDX text of a block. Empty properties are left out. */
export function blockToMdx(name: MdxComponentName, data: BlockData): string {
  const component = components[name];
  if (!component) throw new Error(`Unbekannte Komponente ${name}`);
  const props = Object.keys(component.props)
    .filter((prop) => (data[prop] ?? '').trim() !== '')
    .map((prop) => ` ${prop}="${escapeAttribute((data[prop] ?? '').trim())}"`)
    .join('');
  if (!component.children) return `<${name}${props} />`;
  const inner = (data[childrenField] ?? '').trim();
  return `<${name}${props}>\n\n${inner}\n\n</${name}>`;
}

/**
 * Pattern finding a block at the start of a Markdown block. Decap's editor needs one without
 * the multiline flag; `[\s\S]` spans the lines of a wrapping component.
 */
export function blockPattern(name: MdxComponentName): RegExp {
  const component = components[name];
  if (!component) throw new Error(`Unbekannte Komponente ${name}`);
  const attributes = '((?:\\s+[a-zA-Z]+="[^"]*")*)';
  return component.children
    ? new RegExp(`^<${name}${attributes}\\s*>\\s*\\n([\\s\\S]*?)\\n?\\s*</${name}>`)
    : new RegExp(`^<${name}${attributes}\\s*/>`);
}

/** The values of a block from a match of `blockPattern`. */
export function blockFromMatch(name: MdxComponentName, match: RegExpMatchArray): BlockData {
  const component = components[name];
  if (!component) throw new Error(`Unbekannte Komponente ${name}`);
  const data: BlockData = {};
  for (const attribute of (match[1] ?? '').matchAll(/([a-zA-Z]+)="([^"]*)"/g)) {
    const [, key = '', value = ''] = attribute;
    if (key in component.props) data[key] = value;
  }
  if (component.children) data[childrenField] = (match[2] ?? '').trim();
  return data;
}
