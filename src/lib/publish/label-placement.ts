/**
 * Labels for the build-time maps that neither overlap each other nor the symbols, computed
 * before any browser sees the page. Widths are estimated from the character widths of DejaVu
 * Sans (measured in Chromium), one of the widest fonts a reader's `system-ui` may resolve to, so
 * narrower fonts only leave more room. The network-map test measures the real boxes in Chromium.
 */

/** An axis-parallel box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Character widths in em (DejaVu Sans, measured at 100 px in Chromium), grouped by width. */
const widthGroups: [string, number][] = [
  ["iljIJ'", 0.28],
  [' ,.', 0.32],
  ['frt()[]-:;/!', 0.4],
  ['csz?–', 0.55],
  ['abdeghknopquvxy0123456789EFLPSTYäöüß$„“"*_', 0.64],
  ['ABCDGHKNOQRUVXZÄÖÜ&', 0.79],
  ['mwMW%@…#+<=>', 1],
];
const charWidths = new Map<string, number>(
  widthGroups.flatMap(([chars, width]) => [...chars].map((char): [string, number] => [char, width])),
);
/** Letters of other scripts (Arabic, Cyrillic, …) measured 0.46–0.6 em; counted generously. */
const otherWidth = 0.66;

/** Estimated width of a one-line text at a font size, with a little room to spare; bold is about a tenth wider. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidths.get(char) ?? otherWidth;
  return Math.ceil(em * fontSize * (bold ? 1.14 : 1.04) + 2);
}

/** True when two boxes overlap, or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** The smallest box holding all boxes. */
export function unionBox(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.w));
  const bottom = Math.max(...boxes.map((box) => box.y + box.h));
  return { x, y, w: right - x, h: bottom - y };
}

/** Where a label sits next to its symbol, and how its text is anchored. */
export interface LabelPlacement {
  box: Box;
  /** SVG text position (baseline) and anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A symbol that needs a label. */
interface Labelled {
  x: number;
  y: number;
  /** Radius of the symbol. */
  r: number;
  width: number;
  /** Direction the label should prefer, in radians (0 = right, π/2 = down): away from the centre. */
  outward: number;
}

/** Candidate places around a symbol, best first for its outward direction. */
function candidates(node: Labelled, height: number): LabelPlacement[] {
  const { x, y, r, width } = node;
  const gap = 3;
  const baseline = (top: number) => top + height * 0.78;
  const right = (top: number): LabelPlacement => ({
    box: { x: x + r + gap, y: top, w: width, h: height },
    x: x + r + gap,
    y: baseline(top),
    anchor: 'start',
  });
  const left = (top: number): LabelPlacement => ({
    box: { x: x - r - gap - width, y: top, w: width, h: height },
    x: x - r - gap,
    y: baseline(top),
    anchor: 'end',
  });
  const centred = (top: number): LabelPlacement => ({
    box: { x: x - width / 2, y: top, w: width, h: height },
    x,
    y: baseline(top),
    anchor: 'middle',
  });
  const middle = y - height / 2;
  const above = y - r - gap - height;
  const below = y + r + gap;
  const towardsRight = Math.cos(node.outward) >= 0;
  const vertical = Math.abs(Math.sin(node.outward)) > 0.85;
  const up = Math.sin(node.outward) < 0;
  const sideways = towardsRight
    ? [right(middle), right(above), right(below), left(middle), left(above), left(below)]
    : [left(middle), left(above), left(below), right(middle), right(above), right(below)];
  const ends = up ? [centred(above), centred(below)] : [centred(below), centred(above)];
  return vertical ? [...ends, ...sideways] : [...sideways.slice(0, 3), ...ends, ...sideways.slice(3)];
}

/**
 * Place one label per symbol, greedily in the given order: each takes its best candidate that
 * overlaps no symbol, no obstacle and no label placed before it. Returns undefined for a symbol
 * whose every candidate collides; the caller then spreads the layout and tries again.
 */
export function placeLabels(nodes: Labelled[], obstacles: Box[], height: number, gap = 2): (LabelPlacement | undefined)[] {
  const symbols = nodes.map((node) => ({ x: node.x - node.r, y: node.y - node.r, w: node.r * 2, h: node.r * 2 }));
  const taken: Box[] = [...obstacles, ...symbols];
  return nodes.map((node) => {
    const found = candidates(node, height).find((candidate) => !taken.some((box) => boxesOverlap(candidate.box, box, gap)));
    if (found) taken.push(found.box);
    return found;
  });
}
