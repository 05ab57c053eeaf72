/**
 * A d3-geo path context that writes compact SVG path data: each ring or line simplified (Douglas–Peucker, to
 * `tolerance` px), coordinates rounded to 0.1 px, relative commands, and rings smaller than `minRing` px across
 * dropped (unless they contain a point the map must keep, such as a labelled island). 1:10m coastlines carry far
 * more detail than a 500 px map can show; this keeps the inline SVG to a few kilobytes.
 */
export interface PathWriterOptions {
  /** The furthest (px) the simplified outline may stray from the original. */
  tolerance?: number;
  /** Drop a closed ring whose bounding box is smaller than this (px) in both directions. */
  minRing?: number;
  /** Projected points (px) whose enclosing rings are always kept. */
  keep?: readonly (readonly [number, number])[];
  /** Round to whole pixels (coastlines at this scale) instead of tenths (lines that must sit exactly). */
  wholePixels?: boolean;
}

type Point = [number, number];
/** A point in tenths of a pixel, as integers, so relative moves add up exactly. */
type Tenths = [number, number];

const tenths = (v: number) => Math.round(v * 10);

/** A tenth-of-a-pixel integer as the shortest SVG number: 12 → "1.2", -3 → "-.3", 40 → "4". */
export function formatTenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const abs = Math.abs(t);
  const int = Math.floor(abs / 10);
  const frac = abs % 10;
  return sign + (frac ? `${int || ''}.${frac}` : String(int));
}

/** Joins numbers the way SVG allows: a minus sign separates as well as a comma or space does. */
function joinNumbers(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    const s = formatTenths(v);
    if (out && !s.startsWith('-')) out += ' ';
    out += s;
  }
  return out;
}

export class PathWriter {
  private out: string[] = [];
  private ring: Point[] = [];
  private last: Tenths | undefined;
  private readonly tolerance: number;
  private readonly minRing: number;
  private readonly keep: readonly (readonly [number, number])[];
  /** Rounding step in tenths of a pixel. */
  private readonly step: number;

  constructor(options: PathWriterOptions = {}) {
    this.step = options.wholePixels ? 10 : 1;
    this.tolerance = options.tolerance ?? 0.5;
    this.minRing = options.minRing ?? 0;
    this.keep = options.keep ?? [];
  }

  /** Part of d3's GeoContext; each ring or line starts with moveTo, which is all this writer needs. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flushOpen();
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.emit(this.ring, true);
    this.ring = [];
  }

  /** d3 draws points as circles with arc(); the map never renders bare points through a path. */
  arc(): void {
    throw new Error('PathWriter does not draw point geometries');
  }

  toString(): string {
    this.flushOpen();
    return this.out.join('');
  }

  private flushOpen(): void {
    if (this.ring.length) this.emit(this.ring, false);
    this.ring = [];
  }

  private emit(raw: Point[], closed: boolean): void {
    if (closed && this.minRing > 0 && this.isTiny(raw) && !this.keeps(raw)) return;
    const points: Tenths[] = [];
    for (const [x, y] of simplify(raw, this.tolerance)) {
      const p: Tenths = [this.round(x), this.round(y)];
      const prev = points[points.length - 1];
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) points.push(p);
    }
    if (points.length < 2 || (closed && points.length < 3)) return;
    const [first, ...rest] = points as [Tenths, ...Tenths[]];
    // Relative moves chain from where the previous subpath ended: its last point, or its first if it was closed.
    const origin = this.last ?? [0, 0];
    const move = this.out.length ? [first[0] - origin[0], first[1] - origin[1]] : first;
    const deltas: number[] = [];
    let prev = first;
    for (const p of rest) {
      deltas.push(p[0] - prev[0], p[1] - prev[1]);
      prev = p;
    }
    this.out.push(`${this.out.length ? 'm' : 'M'}${joinNumbers(move)}l${joinNumbers(deltas)}${closed ? 'z' : ''}`);
    this.last = closed ? first : prev;
  }

  private round(v: number): number {
    return Math.round(tenths(v) / this.step) * this.step;
  }

  private isTiny(points: Point[]): boolean {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return Math.max(...xs) - Math.min(...xs) < this.minRing && Math.max(...ys) - Math.min(...ys) < this.minRing;
  }

  private keeps(points: Point[]): boolean {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    return this.keep.some(([x, y]) => x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1);
  }
}

/** Douglas–Peucker: the fewest of `points` (ends always kept) that stay within `tolerance` of the rest. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = deviation(points[a]!, points[b]!, points[i]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index !== -1 && worst > tolerance) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Distance of `p` from the line through `a` and `b`. */
function deviation(a: Point, b: Point, p: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (!len) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / len;
}
