import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxComponents, type MdxComponent } from '#src/schema/mdx-components.ts';
import { isUnsafeUrl, unsafeLinkMessage } from './check-links.ts';

/** A component use found in an MDX body, for reference checks. */
interface MdxReference {
  component: string;
  prop: string;
  value: string;
  collections: readonly string[];
  line?: number;
}

interface MdxCheck {
  problems: { line?: number; message: string }[];
  references: MdxReference[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const components = mdxComponents as Record<string, MdxComponent>;

/**
 * Check an MDX body from the CMS. MDX is compiled to JavaScript and run at build time, so only
 * Markdown and the components in `mdxComponents` with plain string properties are allowed.
 * @param lineOffset lines before the body in the file (the frontmatter), for messages
 */
export function checkMdx(body: string, lineOffset = 0): MdxCheck {
  const problems: MdxCheck['problems'] = [];
  const references: MdxReference[] = [];
  let tree: MdxNode;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as unknown as MdxNode;
  } catch (error) {
    const place = (error as { line?: number }).line;
    return {
      problems: [
        {
          ...(place ? { line: place + lineOffset } : {}),
          message: `MDX nicht lesbar: ${(error as Error).message.split('\n')[0]} – spitze Klammern und geschweifte Klammern als Text mit „\\<“ bzw. „\\{“ schreiben`,
        },
      ],
      references,
    };
  }

  const visit = (node: MdxNode) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    const at = line ? { line } : {};
    if (typeof node.url === 'string' && isUnsafeUrl(node.url)) problems.push({ ...at, message: unsafeLinkMessage(node.url) });
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({ ...at, message: '„import“ und „export“ sind nicht erlaubt – Inhalte dürfen keinen Programmcode enthalten; Zeile entfernen' });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ ...at, message: 'Ausdrücke in geschweiften Klammern „{…}“ sind nicht erlaubt – als Text „\\{“ schreiben oder entfernen' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const component = components[name];
        if (!component) {
          problems.push({
            ...at,
            message: `<${name || '>'}> ist nicht erlaubt – HTML und unbekannte Bausteine werden nicht übernommen; erlaubt sind ${Object.keys(components).map((c) => `<${c}>`).join(', ')}`,
          });
          return;
        }
        const seen = new Set<string>();
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
            problems.push({ ...at, message: `<${name}>: Eigenschaften brauchen einen Text – in Anführungszeichen schreiben, z. B. id="jobcenter"` });
            continue;
          }
          const prop = component.props[attribute.name ?? ''];
          if (!prop) {
            problems.push({ ...at, message: `<${name}> kennt die Eigenschaft „${attribute.name}“ nicht – erlaubt: ${Object.keys(component.props).join(', ')}` });
            continue;
          }
          seen.add(attribute.name ?? '');
          if (prop.options && !prop.options.includes(attribute.value)) {
            problems.push({ ...at, message: `<${name} ${attribute.name}="${attribute.value}">: unbekannter Wert – erlaubt sind ${prop.options.join(', ')}` });
          }
          if (prop.ref) {
            references.push({ component: name, prop: attribute.name ?? '', value: attribute.value, collections: prop.ref, ...at });
          }
        }
        for (const [propName, prop] of Object.entries(component.props)) {
          if (prop.required && !seen.has(propName)) {
            problems.push({ ...at, message: `<${name}> braucht die Eigenschaft „${propName}“ (${prop.label}) – ergänzen, z. B. <${name} ${propName}="…" />` });
          }
        }
        if (!component.children && (node.children?.length ?? 0) > 0) {
          problems.push({ ...at, message: `<${name}> hat keinen Inhalt – als <${name} … /> schreiben` });
        }
        break;
      }
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { problems, references };
}
