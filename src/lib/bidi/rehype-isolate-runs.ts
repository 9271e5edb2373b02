import { bidiRuns } from './bidi-runs.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Elements whose text is code or already isolated. */
const skip = new Set(['code', 'pre', 'bdi', 'bdo', 'script', 'style']);

/**
 * Rehype step for Markdown shown in right-to-left text: wraps each left-to-right run of every
 * text node (numbers, addresses, German terms; see `bidiRuns`) in `<bdi dir="ltr">`. Runs after
 * sanitizing, so the element it adds is not filtered out. (MDX bodies are compiled by Astro's
 * default `satteri` processor, which runs no rehype plugins; see docs/publisher.md.)
 */
export function rehypeIsolateRuns() {
  const visit = (node: HastNode) => {
    if (!node.children || (node.tagName && skip.has(node.tagName))) return;
    node.children = node.children.flatMap((child): HastNode[] => {
      if (child.type !== 'text' || !child.value) {
        visit(child);
        return [child];
      }
      return bidiRuns(child.value).map((run) =>
        run.isolate
          ? {
              type: 'element',
              tagName: 'bdi',
              properties: { dir: 'ltr', ...(run.unbroken ? { className: ['unbroken'] } : {}) },
              children: [{ type: 'text', value: run.text }],
            }
          : { type: 'text', value: run.text },
      );
    });
  };
  return (tree: HastNode) => visit(tree);
}
