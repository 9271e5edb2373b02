// The parts of the `xliff` package (locize/xliff, no bundled types) that Lotse uses.
declare module 'xliff' {
  /** A text with inline elements: plain strings and `{ Span: { id, contents } }` (`<ph>`) etc. */
  export type XliffValue = string | XliffInline | (string | XliffInline)[];
  export type XliffInline = Record<string, { id?: string; contents?: XliffValue; [attribute: string]: unknown }>;

  export interface XliffUnit {
    source?: XliffValue;
    target?: XliffValue;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffGroup {
    groupUnits: Record<string, XliffUnit | XliffGroup>;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit | XliffGroup>>;
  }

  export function jsToXliff12(document: XliffDocument, options?: { indent?: string }): Promise<string>;
  export function xliff12ToJs(
    xml: string,
    options?: { captureSpacesBetweenElements?: boolean },
  ): Promise<XliffDocument & { xliffVersion?: string }>;
}
