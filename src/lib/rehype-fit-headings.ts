import type { Root, RootContent } from 'hast';

/** Options of {@link rehypeFitHeadings}. */
interface FitHeadingsOptions {
  /** The level a text's top headings take: one below the heading the text stands under. */
  topLevel: number;
}

/**
 * Fits the headings of a text (a Markdown field, an MDX body) into the page's outline: its
 * top headings take `topLevel`, and each heading is exactly one level below the nearest
 * heading before it that the editor wrote at a higher level. An editor's `##` under a
 * section's h2 thus becomes an h3, and a `####` straight after a `##` does not skip a level
 * for screen-reader users. Levels stop at h6.
 */
export function rehypeFitHeadings({ topLevel }: FitHeadingsOptions) {
  return (tree: Root) => {
    // Levels the editor wrote for the headings that enclose the current one.
    const enclosing: number[] = [];
    const visit = (node: Root | RootContent) => {
      const written = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName)?.[1] : undefined;
      if (node.type === 'element' && written) {
        while (enclosing.length > 0 && enclosing.at(-1)! >= Number(written)) enclosing.pop();
        node.tagName = `h${Math.min(6, topLevel + enclosing.length)}`;
        enclosing.push(Number(written));
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
