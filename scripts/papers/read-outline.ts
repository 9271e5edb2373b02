import { getDocumentProxy } from 'unpdf';

/**
 * Page number (1-based) of every bookmark in a PDF, by bookmark title. Chromium writes one
 * bookmark per heading when asked for an outline, which is how the table of contents learns on
 * which page each chapter starts.
 */
export async function outlinePages(pdf: Uint8Array): Promise<Map<string, number>> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages = new Map<string, number>();
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const visit = async (items: Item[]) => {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
      const ref = Array.isArray(dest) ? dest[0] : undefined;
      if (ref && !pages.has(item.title.trim())) {
        const index = typeof ref === 'number' ? ref : await document.getPageIndex(ref as never);
        pages.set(item.title.trim(), index + 1);
      }
      await visit(item.items ?? []);
    }
  };
  await visit(((await document.getOutline()) ?? []) as Item[]);
  await document.destroy();
  return pages;
}
