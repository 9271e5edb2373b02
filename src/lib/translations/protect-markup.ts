/**
 * Translators must be able to change every word of a text but none of its machinery: link
 * addresses, `{placeholders}`, Markdown markers at the start of a line, bold markers and MDX
 * component tags. This module cuts a text into translatable words and protected codes, so the
 * XLIFF file can carry the codes as inline placeholders (`<ph>`) that CAT tools lock, and checks
 * that a translation still has every code of its source.
 */

/** A piece of text: words to translate, or a code that must come back unchanged. */
type Segment = { text: string } | { code: string };

// Order matters: the first alternative that matches at a position wins. Every code takes the
// line breaks before it along: the reader of the `xliff` package drops line breaks at the end of
// a text run, so a run must never end with one.
const codePattern = new RegExp(
  [
    String.raw`\]\([^)\s]+(?:\s+"[^"]*")?\)`, // the address part of a Markdown link: ](https://…)
    String.raw`(?:\n+[ \t]*)?(?:<https?://[^>\s]+>|<mailto:[^>\s]+>)`, // autolinks
    String.raw`(?:\n+[ \t]*)?</?[A-Z][A-Za-z]*(?:\s[^<>]*)?/?>`, // MDX components: <MdxNotice kind="x">, </MdxNotice>
    String.raw`(?:\n+[ \t]*)?\{[A-Za-z][A-Za-z0-9_]*\}`, // placeholders filled in by the page
    String.raw`(?:^|\n+)[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d+\.[ \t]|>[ \t]?)`, // Markdown markers at the start of a line
    String.raw`(?:\n+[ \t]*)?(?:\*\*|__)`, // bold markers
  ].join('|'),
  'g',
);

/** Split a text into translatable words and protected codes (concatenated, they give the text). */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(codePattern)) {
    if (match[0] === '') continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ code: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The protected codes of a text, each as often as it occurs. */
export function codesOf(text: string): string[] {
  return segmentText(text).flatMap((segment) => ('code' in segment ? [segment.code] : []));
}

/**
 * Codes of the source that the translation lost (each missing occurrence once). Bold markers
 * and list markers may move, so only their number is compared; links, placeholders and
 * components must all come back.
 */
export function missingCodes(source: string, translation: string): string[] {
  const remaining = new Map<string, number>();
  for (const code of codesOf(translation)) remaining.set(normalizeCode(code), (remaining.get(normalizeCode(code)) ?? 0) + 1);
  const missing: string[] = [];
  for (const code of codesOf(source)) {
    const key = normalizeCode(code);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else missing.push(code.trim());
  }
  return missing;
}

/** Line-start markers compare without their indentation ("  - " and "- " are one list marker). */
function normalizeCode(code: string): string {
  return code.trim();
}
