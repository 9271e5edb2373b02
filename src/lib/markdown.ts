import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeIsolateRuns } from './bidi/rehype-isolate-runs.ts';
import { rehypeFitHeadings } from './rehype-fit-headings.ts';

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

const processor = unified()
  .use(remarkParse)
  // Tables, strikethrough and autolinks, as editors know them from other editors.
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** The same, for right-to-left text: numbers, addresses and German terms are isolated. */
const rtlProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeIsolateRuns)
  .use(rehypeStringify);

const cache = new Map<string, string>();

/**
 * Render Markdown to safe HTML whose headings start at `topHeadingLevel`: one below the heading
 * the text stands under (3 for a description under a section's h2). `direction: 'rtl'`
 * isolates left-to-right runs (see `bidiRuns`).
 */
export function renderMarkdown(markdown: string, topHeadingLevel = 3, direction: 'ltr' | 'rtl' = 'ltr'): string {
  const key = `${topHeadingLevel}\u0000${direction}\u0000${markdown}`;
  let html = cache.get(key);
  if (html === undefined) {
    const chosen = direction === 'rtl' ? rtlProcessor : processor;
    const tree = chosen.runSync(chosen.parse(markdown));
    rehypeFitHeadings({ topLevel: topHeadingLevel })(tree);
    html = chosen.stringify(tree);
    cache.set(key, html);
  }
  return html;
}
