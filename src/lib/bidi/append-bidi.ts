import { bidiRuns } from './bidi-runs.ts';

/**
 * Append text to an element in the browser, isolating its left-to-right runs when the text is
 * right to left (see `bidiRuns`). `fill` writes a piece into its target; by default as plain
 * text, the search results pass one that highlights matched words.
 */
export function appendBidi(
  parent: HTMLElement,
  text: string,
  direction: 'ltr' | 'rtl',
  fill: (target: HTMLElement, piece: string) => void = (target, piece) => target.append(piece),
): void {
  if (direction !== 'rtl') {
    fill(parent, text);
    return;
  }
  for (const run of bidiRuns(text)) {
    if (!run.isolate) {
      fill(parent, run.text);
      continue;
    }
    const isolate = document.createElement('bdi');
    isolate.dir = 'ltr';
    if (run.unbroken) isolate.className = 'unbroken';
    fill(isolate, run.text);
    parent.append(isolate);
  }
}
