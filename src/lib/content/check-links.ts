import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Link schemes content may use; anything else (javascript:, data:, file:) could run code or leak. */
const allowedSchemes = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * True when a link target in content is not allowed: it has a scheme other than http, https,
 * mailto or tel. Relative links ("/de/faq/", "#steps") have no scheme and are fine. Browsers
 * ignore tabs, newlines and leading spaces in a scheme, so they are ignored here too.
 */
export function isUnsafeUrl(url: string): boolean {
  const compact = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme !== undefined && !(allowedSchemes as readonly string[]).includes(scheme.toLowerCase());
}

/** The message for an unsafe link, with what to do. */
export function unsafeLinkMessage(url: string): string {
  const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
  return `Link „${shown}“ ist nicht erlaubt – nur https://, http://, mailto: und tel: verwenden`;
}

interface MdastNode {
  type: string;
  url?: string;
  children?: MdastNode[];
  position?: { start: { line: number } };
}

/** Links and images in a Markdown text whose target is not allowed, with their line. */
export function unsafeMarkdownLinks(markdown: string): { url: string; line?: number }[] {
  const found: { url: string; line?: number }[] = [];
  const visit = (node: MdastNode) => {
    if (typeof node.url === 'string' && isUnsafeUrl(node.url)) {
      found.push({ url: node.url, ...(node.position ? { line: node.position.start.line } : {}) });
    }
    node.children?.forEach(visit);
  };
  visit(unified().use(remarkParse).parse(markdown) as unknown as MdastNode);
  return found;
}
