/**
 * Text and attribute values for markup written as a string (`set:html`), escaped exactly as
 * Astro escapes `{text}` and attributes, so a page is the same whether Astro or a function of
 * `src/lib` wrote the element.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as an element's content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => entities[char] ?? char);
}

/** An attribute value, for `name="…"`. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
