import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeIsolateRuns } from './bidi/rehype-isolate-runs.ts';

/**
 * Markdown from the CMS is untrusted: raw HTML is dropped (remark-rehype leaves it out) and
 * the result is sanitized with an allow-list where links may only be http(s), mailto and tel.
 * A `<script>` or `onerror=` in an entry renders as nothing.
 */
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['https'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'input'].includes(tag)),
  clobberPrefix: 'md-',
};

interface MdastNode {
  type: string;
  depth?: number;
  children?: MdastNode[];
}

/**
 * Headings inside entries start at level 3: the page has the h1 and its section h2s. The text's
 * own top level becomes h3 whether an editor wrote "#" or "##", so no level is skipped.
 */
function demoteHeadings() {
  const headings = (node: MdastNode): MdastNode[] => [
    ...(node.type === 'heading' && node.depth !== undefined ? [node] : []),
    ...(node.children ?? []).flatMap(headings),
  ];
  return (tree: MdastNode) => {
    const found = headings(tree);
    const top = Math.min(...found.map((heading) => heading.depth ?? 1));
    for (const heading of found) heading.depth = Math.min(6, (heading.depth ?? top) - top + 3);
  };
}

const processor = unified()
  .use(remarkParse)
  // Tables, strikethrough and autolinks, as editors know them from other editors.
  .use(remarkGfm)
  .use(demoteHeadings)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** The same, for right-to-left text: numbers, addresses and German terms are isolated. */
const rtlProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(demoteHeadings)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeIsolateRuns)
  .use(rehypeStringify);

const cache = new Map<string, string>();

/** Render Markdown to safe HTML; `direction: 'rtl'` isolates left-to-right runs (see `bidiRuns`). */
export function renderMarkdown(markdown: string, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const key = `${direction}\u0000${markdown}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = String((direction === 'rtl' ? rtlProcessor : processor).processSync(markdown));
    cache.set(key, html);
  }
  return html;
}
