import { blockFromMatch, blockPattern, blockToMdx, childrenField, editorComponentId, type BlockData } from '#src/lib/cms/mdx-blocks.ts';
import { collections, type CollectionName } from '#src/schema/index.ts';
import { mdxComponents, type MdxComponent, type MdxComponentName } from '#src/schema/mdx-components.ts';
import { cmsWidgets } from '../widget-names.ts';
import type { DecapCms } from './decap.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function strings(data: Record<string, unknown>): BlockData {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value === undefined || value === null ? '' : String(value)]));
}

/** Fields of the block's form in the editor, from the component's properties. */
function blockFields(component: MdxComponent): Record<string, unknown>[] {
  const fields: Record<string, unknown>[] = Object.entries(component.props).map(([name, prop]) => {
    if (prop.ref) {
      return {
        name,
        label: prop.label,
        widget: cmsWidgets.relation,
        collections: [...prop.ref],
        collection_labels: Object.fromEntries(
          prop.ref.map((collection) => [collection, collections[collection as CollectionName]?.label ?? collection]),
        ),
        required: prop.required === true,
      };
    }
    if (prop.options) {
      return { name, label: prop.label, widget: 'select', options: [...prop.options], required: prop.required === true };
    }
    return { name, label: prop.label, widget: 'string', required: prop.required === true };
  });
  if (component.children)
    fields.push({
      name: childrenField,
      label: 'Text',
      widget: 'markdown',
      buttons: ['bold', 'italic', 'link', 'bulleted-list'],
      editor_components: [],
    });
  return fields;
}

/** How a block looks in the preview: the same classes as on the site. */
function previewHtml(name: MdxComponentName, data: BlockData): string {
  if (name === 'EntryCard') {
    return `<div class="card"><p class="kind-label">Eintragskarte</p><p>${escapeHtml(data['id'] ?? '')}</p></div>`;
  }
  const paragraphs = (data[childrenField] ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
  return `<div class="notice" data-type="${escapeHtml(data['type'] ?? 'info')}">${paragraphs}</div>`;
}

/**
 * The MDX components allowed in pages and journeys (src/schema/mdx-components.ts) as buttons
 * of the Markdown editor: the editor fills a small form, the CMS writes exactly the MDX that
 * `npm run check` accepts.
 */
export function registerEditorComponents(cms: DecapCms): void {
  for (const [name, component] of Object.entries(mdxComponents) as [MdxComponentName, MdxComponent][]) {
    cms.registerEditorComponent({
      id: editorComponentId(name),
      label: component.label,
      fields: blockFields(component),
      pattern: blockPattern(name),
      fromBlock: (match) => blockFromMatch(name, match),
      toBlock: (data) => blockToMdx(name, strings(data)),
      toPreview: (data) => previewHtml(name, strings(data)),
    });
  }
}
