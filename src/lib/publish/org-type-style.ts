import type { Directory } from '../content/directory.ts';

/**
 * Colour and shape of each kind of organisation (vocabulary `provider-types`) on the network
 * maps. Each kind gets its own colour AND its own shape, so the maps can be read without telling
 * colours apart, in print in black and white, and by people with colour-blindness. Every colour
 * has at least 4.5:1 contrast against white, enough even for text (WCAG 1.4.3), so the maps'
 * light panel keeps symbols and any coloured text legible.
 */

/** Colours in vocabulary order; chosen for distinctness (CIELAB) at ≥ 4.5:1 against white. */
export const typePalette = [
  '#1f5fa8',
  '#b0410f',
  '#2e7d32',
  '#7b3fa0',
  '#cc1166',
  '#006666',
  '#665500',
  '#553333',
  '#aa5577',
  '#4466dd',
  '#770022',
  '#334422',
  '#776688',
  '#770055',
] as const;

/** Shapes in vocabulary order; all recognisable at 16 px. */
export const typeShapes = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'pentagon',
  'hexagon',
  'star',
  'plus',
  'cross',
  'bowtie',
  'hourglass',
  'dome',
  'ring',
] as const;

type Shape = (typeof typeShapes)[number];

export interface TypeStyle {
  /** Provider type id; empty when unknown. */
  type: string;
  colour: string;
  shape: Shape;
}

/**
 * The style of a kind of organisation: by its position in the vocabulary. Past 14 kinds the
 * colours repeat with a shifted shape, so every pair of colour and shape stays unique.
 */
export function typeStyle(directory: Directory, type: string): TypeStyle {
  const position = (directory.vocabularies['provider-types'] ?? []).findIndex((term) => term.id === type);
  const index = position < 0 ? typePalette.length - 1 : position;
  const round = Math.floor(index / typePalette.length);
  return {
    type,
    colour: typePalette[index % typePalette.length] ?? '#333333',
    shape: typeShapes[(index + round) % typeShapes.length] ?? 'circle',
  };
}

function polygon(points: number, radius: number, rotation = -Math.PI / 2): string {
  const corners = Array.from({ length: points }, (_, index) => {
    const angle = rotation + (2 * Math.PI * index) / points;
    return `${round(radius * Math.cos(angle))} ${round(radius * Math.sin(angle))}`;
  });
  return `M${corners.join(' L')} Z`;
}

/** Corners of a plus sign with arms of half-width `t` reaching to `r`. */
function plusCorners(r: number, t: number): [number, number][] {
  return [
    [-t, -r],
    [t, -r],
    [t, -t],
    [r, -t],
    [r, t],
    [t, t],
    [t, r],
    [-t, r],
    [-t, t],
    [-r, t],
    [-r, -t],
    [-t, -t],
  ];
}

function outline(corners: [number, number][]): string {
  return `M${corners.map(([x, y]) => `${round(x)} ${round(y)}`).join(' L')} Z`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * SVG path of a shape centred on (0, 0) that fits a circle of radius `r`. Filled with the
 * kind's colour; "ring" is drawn as an outline (the template sets the stroke).
 */
export function shapePath(shape: Shape, r: number): string {
  const s = round(r * 0.86);
  const t = round(r * 0.34);
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${-r} 0 A${r} ${r} 0 1 0 ${r} 0 A${r} ${r} 0 1 0 ${-r} 0 Z`;
    case 'square':
      return `M${-s} ${-s} H${s} V${s} H${-s} Z`;
    case 'diamond':
      return `M0 ${-r} L${r} 0 L0 ${r} L${-r} 0 Z`;
    case 'triangle':
      return polygon(3, r * 1.1, -Math.PI / 2);
    case 'triangle-down':
      return polygon(3, r * 1.1, Math.PI / 2);
    case 'pentagon':
      return polygon(5, r);
    case 'hexagon':
      return polygon(6, r, 0);
    case 'star': {
      const points = Array.from({ length: 10 }, (_, index) => {
        const radius = index % 2 === 0 ? r * 1.1 : r * 0.48;
        const angle = -Math.PI / 2 + (Math.PI * index) / 5;
        return `${round(radius * Math.cos(angle))} ${round(radius * Math.sin(angle))}`;
      });
      return `M${points.join(' L')} Z`;
    }
    case 'plus':
      return outline(plusCorners(r, t));
    case 'cross':
      // The plus turned by 45°.
      return outline(plusCorners(r, t).map(([x, y]) => [(x - y) * Math.SQRT1_2, (x + y) * Math.SQRT1_2]));
    case 'bowtie':
      return `M${-r} ${-s} L0 0 L${-r} ${s} Z M${r} ${-s} L0 0 L${r} ${s} Z`;
    case 'hourglass':
      return `M${-s} ${-r} L${s} ${-r} L0 0 Z M${-s} ${r} L${s} ${r} L0 0 Z`;
    case 'dome':
      return `M${-r} ${t} A${r} ${r} 0 0 1 ${r} ${t} Z`;
  }
}
