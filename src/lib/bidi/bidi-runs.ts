/**
 * Bidirectional text done once. In right-to-left text (Arabic, Persian), a phone number, an
 * e-mail address, a URL, a postcode, a time or a German term is a left-to-right run. Left to
 * the Unicode bidi algorithm alone, such runs come out wrong: "+49 9999 3000-40" is drawn
 * "40-3000 9999 49+" (each number is its own run, the spaces between them take the Arabic
 * direction), and "(Aufenthaltstitel verlängern)" breaks apart at the parentheses. Isolating
 * each run (`<bdi dir="ltr">`, i.e. `unicode-bidi: isolate`) keeps its logical order and lets
 * the surrounding text flow around it as one unit.
 *
 * `bidiRuns` finds the runs; `bidiTextHtml` (pages: BidiText and LocalizedText), `rehypeIsolateRuns`
 * (Markdown) and `appendBidi` (islands) render them. Pure and small, so the browser can use it too.
 */

/** A piece of text; `isolate` marks a left-to-right run to wrap in `<bdi dir="ltr">`. */
interface BidiRun {
  text: string;
  isolate: boolean;
  /** A number that must not break across lines: a phone number, a time, a date. */
  unbroken?: true;
}

/**
 * Numbers stay on one line ("+49 9999 3000-40", "08:30", "23.11.2026"); words may wrap, since a
 * German term in a large heading can be wider than a phone.
 */
const unbrokenNumber = /^[+§]?[\d\s\-–./:()]{1,24}$/;

/** Latin letters (German terms, e-mail, URLs) and European digits: the strong core of a run. */
const core = /[\p{Script=Latin}0-9]/u;
/** Combining marks keep to the letter they belong to. */
const mark = /\p{M}/u;
/** Characters inside phone numbers, addresses, URLs and times; never the end of a run. */
const joiner = /[@._%+\-‐‑–—/:#?&=~'’·§°*]/u;
/** Spaces and Latin commas between words of a run; kept only when more of the run follows. */
const gap = /[\s,;]/u;

const isCore = (char: string | undefined) => char !== undefined && (core.test(char) || mark.test(char));

/** Whether a run starts at `index`: a Latin letter or digit, or "+"/"§" before one ("+49", "§ 24"). */
function startsRun(chars: string[], index: number): boolean {
  const char = chars[index];
  if (isCore(char) && !mark.test(char ?? '')) return true;
  if (char !== '+' && char !== '§') return false;
  const next = chars[index + 1] === ' ' || chars[index + 1] === '\u00a0' ? chars[index + 2] : chars[index + 1];
  return /[0-9]/.test(next ?? '');
}

/** End (exclusive) of the run starting at `start`. */
function runEnd(chars: string[], start: number): number {
  let position = start;
  let end = start + 1;
  const open: number[] = [];
  while (position < chars.length) {
    const char = chars[position] as string;
    if (isCore(char)) {
      position += 1;
      if (open.length === 0) end = position;
    } else if (char === '/' && isCore(chars[position - 1]) && !gap.test(chars[position + 1] ?? ' ')) {
      // A URL may end in a slash ("https://example.org/jmd/").
      position += 1;
      if (open.length === 0) end = position;
    } else if (char === '(' && isCore(chars[position + 1])) {
      open.push(position);
      position += 1;
    } else if (char === ')' && open.length > 0) {
      open.pop();
      position += 1;
      if (open.length === 0) end = position;
    } else if (joiner.test(char) || gap.test(char)) {
      // Look past spaces and joiners: the run goes on only if a letter or digit follows.
      let ahead = position;
      while (ahead < chars.length && (joiner.test(chars[ahead] as string) || gap.test(chars[ahead] as string))) ahead += 1;
      if (!isCore(chars[ahead]) && !(chars[ahead] === '(' && isCore(chars[ahead + 1]))) break;
      position = ahead;
    } else break;
  }
  // An opening parenthesis never closed inside the run stays outside it.
  if (open.length > 0) return Math.min(end, open[0] as number);
  return end;
}

/** A lone number ("27") needs no isolation: the bidi algorithm draws it right by itself. */
const loneNumber = /^[0-9]+$/;

// A build isolates the same titles and labels on thousands of right-to-left pages: each text is
// split once.
const splitTexts = new Map<string, readonly BidiRun[]>();

/** Split text into plain pieces and left-to-right runs to isolate inside right-to-left text. */
export function bidiRuns(text: string): readonly BidiRun[] {
  let runs = splitTexts.get(text);
  if (!runs) splitTexts.set(text, (runs = splitRuns(text)));
  return runs;
}

function splitRuns(text: string): BidiRun[] {
  const chars = [...text];
  const runs: BidiRun[] = [];
  let plain = '';
  let index = 0;
  while (index < chars.length) {
    if (!startsRun(chars, index)) {
      plain += chars[index];
      index += 1;
      continue;
    }
    let end = Math.max(runEnd(chars, index), index + 1);
    let run = chars.slice(index, end).join('');
    if (loneNumber.test(run)) plain += run;
    else {
      // A German term in parentheses keeps them: "(Aufenthaltstitel verlängern)" reads as one
      // piece, instead of ")Aufenthaltstitel" at the end of one line and "verlängern(" on the next.
      if (plain.endsWith('(') && chars[end] === ')') {
        plain = plain.slice(0, -1);
        run = `(${run})`;
        end += 1;
      }
      if (plain) runs.push({ text: plain, isolate: false });
      runs.push({ text: run, isolate: true, ...(unbrokenNumber.test(run) ? { unbroken: true as const } : {}) });
      plain = '';
    }
    index = end;
  }
  if (plain) runs.push({ text: plain, isolate: false });
  return runs;
}

/** Whether text in a language of this direction needs its left-to-right runs isolated. */
export function needsIsolation(direction: 'ltr' | 'rtl' | undefined): boolean {
  return direction === 'rtl';
}
