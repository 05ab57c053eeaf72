import type { LabelSide } from './places.ts';

/** An axis-aligned box in map pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The label's lines, top to bottom (most labels have one). */
  lines: readonly string[];
  /** The marker's projected position. */
  x: number;
  y: number;
  sides: readonly LabelSide[];
}

export interface PlacedLabel {
  id: string;
  /** From the marker's edge to the label's box, for a label set away from its marker. */
  leader?: [x1: number, y1: number, x2: number, y2: number];
  lines: readonly string[];
  /** Where the first line is drawn: its anchor point (on the baseline) and `text-anchor`. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  side: LabelSide;
}

export interface LabelMetrics {
  fontSize: number;
  /** Average advance of a character, as a fraction of the font size (system sans-serif fonts: about 0.55). */
  charWidth: number;
  /** Gap between marker and text. */
  gap: number;
  /** Distance between baselines of a multi-line label, as a fraction of the font size. */
  lineHeight: number;
}

/** Sized for the largest the labels are drawn (16 px, on phones), so they clear each other at every size. */
export const DEFAULT_METRICS: LabelMetrics = { fontSize: 16, charWidth: 0.56, gap: 7, lineHeight: 1.15 };

/** The box a label of `lines` takes on `side` of the point (x, y). */
export function labelBox(
  x: number,
  y: number,
  lines: readonly string[],
  side: LabelSide,
  m: LabelMetrics = DEFAULT_METRICS,
): PlacedLabel {
  const width = Math.max(...lines.map((line) => line.length)) * m.fontSize * m.charWidth;
  const height = m.fontSize * (1 + (lines.length - 1) * m.lineHeight);
  const diagonal = m.gap * 0.7;
  const dx = { e: m.gap, w: -m.gap, n: 0, s: 0, ne: diagonal, nw: -diagonal, se: diagonal, sw: -diagonal }[side];
  const dy = { e: 0, w: 0, n: -m.gap, s: m.gap, ne: -diagonal, nw: -diagonal, se: diagonal, sw: diagonal }[side];
  const anchor = side === 'n' || side === 's' ? 'middle' : side.includes('w') ? 'end' : 'start';
  const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - width : x - width / 2;
  // Vertical: east/west labels centre on the marker; north labels sit above it, south labels below.
  const top = side === 'e' || side === 'w' ? y - height / 2 : side.includes('n') ? y + dy - height : y + dy;
  // SVG places text by its baseline, about 0.8 of the font size below the top of the box.
  return {
    id: '',
    lines,
    x: left + (anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2),
    y: top + m.fontSize * 0.8,
    anchor,
    box: { x: left, y: top, width, height },
    side,
  };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin
  );
}

const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x &&
  box.y >= bounds.y &&
  box.x + box.width <= bounds.x + bounds.width &&
  box.y + box.height <= bounds.y + bounds.height;

/** The square a marker of `radius` px covers around (x, y). */
export const markerBox = (x: number, y: number, radius: number): Box => ({
  x: x - radius,
  y: y - radius,
  width: 2 * radius,
  height: 2 * radius,
});

/** Small boxes along a projected polyline, every `spacing` px, so labels can keep clear of a line. */
export function lineBoxes(line: readonly (readonly [number, number])[], radius: number, spacing = 4): Box[] {
  const boxes: Box[] = [];
  line.forEach(([x, y], i) => {
    const next = line[i + 1];
    const steps = next ? Math.max(1, Math.ceil(Math.hypot(next[0] - x, next[1] - y) / spacing)) : 1;
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      boxes.push(markerBox(next ? x + (next[0] - x) * t : x, next ? y + (next[1] - y) * t : y, radius));
    }
  });
  return boxes;
}

/** How far from its marker a label may sit, in multiples of the usual gap: near first. */
const SPREADS = [1, 2.5, 4, 6.5];

/** A short line from the marker toward the nearest point of the label's box. */
function leaderLine(x: number, y: number, box: Box, radius: number): [number, number, number, number] {
  const nx = Math.min(Math.max(x, box.x), box.x + box.width);
  const ny = Math.min(Math.max(y, box.y), box.y + box.height);
  const d = Math.hypot(nx - x, ny - y) || 1;
  return [x + ((nx - x) * (radius + 1)) / d, y + ((ny - y) * (radius + 1)) / d, nx, ny];
}

/**
 * Greedy placement: each label takes the first of its preferred sides that stays inside `bounds` and clears
 * the other labels' markers, every obstacle (fixed labels, the inset) and every label already placed. A label that
 * fits nowhere is an error, not a silent overlap: the map's data or its frame needs changing.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  m: LabelMetrics = DEFAULT_METRICS,
  markerRadius = 5,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const others = requests.filter((r) => r !== request).map((r) => markerBox(r.x, r.y, markerRadius));
    // A line through the marker itself (Panmunjom sits on the MDL) cannot be avoided; only its stretch beyond counts.
    const own = markerBox(request.x, request.y, markerRadius);
    const blocking = [...others, ...obstacles.filter((o) => !overlaps(o, own))];
    // Each side close to the marker first; then all sides again farther out, for a marker hemmed in by a line
    // (Baengnyeong, which the NLL rounds closely): such a label gets a leader line to its marker.
    const fit = SPREADS.flatMap((spread) =>
      request.sides.map((side) => ({
        ...labelBox(request.x, request.y, request.lines, side, { ...m, gap: m.gap * spread }),
        spread,
      })),
    ).find(
      (candidate) =>
        inside(candidate.box, bounds) &&
        !blocking.some((o) => overlaps(candidate.box, o, 1)) &&
        !placed.some((p) => overlaps(candidate.box, p.box, 1)),
    );
    if (!fit) {
      throw new Error(
        `no room for the map label "${request.lines.join(' ')}" on any of its sides (${request.sides.join(', ')}); ` +
          'add a side to its `label` list in src/lib/map/places.ts or widen FRAME',
      );
    }
    const leader = fit.spread > 1 ? leaderLine(request.x, request.y, fit.box, markerRadius) : undefined;
    placed.push({ ...fit, id: request.id, ...(leader ? { leader } : {}) });
  }
  return placed;
}
