import { formatPath, type Problem } from './problem.ts';

/**
 * Control characters (NUL, escape, the C1 range) and non-characters. They are invisible, come
 * in by copying from PDFs or word processors or through YAML escapes ("\0"), and break search,
 * exports and printing. Tab, line feed and carriage return are ordinary whitespace.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's job
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/u;

/**
 * Embeddings, overrides and isolates of the Unicode bidirectional algorithm (U+202A–U+202E,
 * U+2066–U+2069). An override makes text display in another order than it is stored (an
 * address or a phone number read backwards); the site sets the direction of every text itself.
 * The marks U+200E/U+200F and the joiners Persian needs (U+200C, U+200D) stay allowed.
 */
const directionControl = /[\u202A-\u202E\u2066-\u2069]/u;

/** Unicode code point as editors can look it up: "U+202E". */
function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with a text, or undefined when it holds no hidden control characters. */
function hiddenCharacterMessage(text: string): string | undefined {
  const control = controlCharacter.exec(text)?.[0];
  if (control !== undefined) {
    return `enthält das unsichtbare Steuerzeichen ${codePoint(control)} – das Zeichen löschen (es kommt oft beim Kopieren aus PDF- oder Word-Dateien mit)`;
  }
  const direction = directionControl.exec(text)?.[0];
  if (direction !== undefined) {
    return `enthält ein unsichtbares Zeichen, das die Schreibrichtung umstellt (${codePoint(direction)}) – das Zeichen löschen; die Website setzt die Schreibrichtung selbst`;
  }
  return undefined;
}

/**
 * One problem per text value anywhere in `data` (every field, every list item, every label)
 * that holds a hidden control character. Runs before the schemas, so no field escapes it,
 * whether or not its schema uses the shared text pieces.
 * @param labelOf German label of the field at a path, when the schema has one
 */
export function hiddenCharacterProblems(
  data: unknown,
  file: string,
  labelOf: (path: readonly PropertyKey[]) => string | undefined = () => undefined,
): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const message = hiddenCharacterMessage(value);
      if (message) {
        const label = labelOf(path);
        problems.push({ file, ...(path.length > 0 ? { field: formatPath(path) } : {}), ...(label ? { label } : {}), message });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return problems;
}

/** Hidden control characters in an MDX body, with the line they are on. */
export function hiddenCharacterBodyProblems(body: string, file: string, lineOffset: number): Problem[] {
  return body.split('\n').flatMap((text, index) => {
    const message = hiddenCharacterMessage(text);
    return message ? [{ file, line: lineOffset + index + 1, message }] : [];
  });
}
