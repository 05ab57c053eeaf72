import type { Dataset } from '../../schemas/dataset.ts';
import { formatCompact, formatValue, fractionalYear } from './format.ts';
import { linearScale, niceTicks, yearStep } from './scale.ts';
import { seriesHeading } from './summary.ts';

/** Sizes of the drawing, in viewBox units; the SVG scales to its column, so text stays legible at 320 px. */
export const GEOMETRY = { width: 360, left: 34, right: 8, header: 24, plot: 96, axis: 20, gap: 14 } as const;

export interface Tick {
  at: number;
  label: string;
}
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Mark {
  x: number;
  y: number;
  /** What stands beside the mark, or undefined when there is no room. */
  label?: string;
  /** The label goes under the mark, because the one before it stands too close above. */
  below?: boolean;
}

/** One series drawn on its own axes. Coordinates are absolute within the SVG. */
export interface Panel {
  title: string;
  top: number;
  /** The baseline (bottom of the plot area). */
  bottom: number;
  yTicks: Tick[];
  xTicks: Tick[];
  bars: Bar[];
  /** Bar tops or dots with their value labels. */
  marks: Mark[];
  /** Positions on the baseline of points without a figure. */
  missing: number[];
  /** Line through the dots (dated charts), broken where a figure is missing. */
  path?: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  panels: Panel[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Horizontal room a value label of up to four characters needs, in viewBox units. */
const LABEL_ROOM = 24;

/** Lays out every series of a dataset as a panel, one under another, sharing the time axis. */
export function layoutChart(dataset: Dataset): ChartLayout {
  const { width, left, right, header, plot, axis, gap } = GEOMETRY;
  const plotWidth = width - left - right;
  const panels: Panel[] = [];
  let top = 0;
  for (const series of dataset.series) {
    const values = dataset.points.map((p) => p.values[series.id] ?? null);
    const known = values.filter((v): v is number => v !== null);
    const bottom = top + header + plot;
    const panel =
      dataset.kind === 'bars-by-year'
        ? barPanel(dataset, values, known, bottom, plotWidth)
        : pointPanel(dataset, values, known, bottom, plotWidth);
    panels.push({ title: seriesHeading(series), top, bottom, ...panel });
    top = bottom + axis + gap;
  }
  return { width, height: top - gap, panels };
}

type PanelBody = Omit<Panel, 'title' | 'top' | 'bottom'>;

function yAxis(ticks: number[], bottom: number) {
  const { plot } = GEOMETRY;
  const y = linearScale([ticks[0]!, ticks.at(-1)!], [bottom, bottom - plot]);
  return { y, yTicks: ticks.map((t) => ({ at: round(y(t)), label: formatCompact(t) })) };
}

function barPanel(dataset: Dataset, values: (number | null)[], known: number[], bottom: number, plotWidth: number): PanelBody {
  const { left } = GEOMETRY;
  const years = dataset.points.map((p) => p.year!);
  const first = years[0]!;
  const count = years.at(-1)! - first + 1;
  const slot = plotWidth / count;
  const barWidth = Math.max(1, slot * 0.72);
  const { y, yTicks } = yAxis(niceTicks(0, Math.max(0, ...known), 4), bottom);
  const centre = (year: number) => left + (year - first + 0.5) * slot;
  const bars: Bar[] = [];
  const marks: Mark[] = [];
  const missing: number[] = [];
  // Value labels only where a bar is wide enough to carry one (about 4 characters of 10-unit text).
  const labelled = slot >= 24;
  values.forEach((v, i) => {
    const cx = centre(years[i]!);
    if (v === null) {
      missing.push(round(cx));
      return;
    }
    const top = y(v);
    bars.push({ x: round(cx - barWidth / 2), y: round(top), width: round(barWidth), height: round(bottom - top) });
    marks.push({ x: round(cx), y: round(top), ...(labelled ? { label: formatCompact(v) } : {}) });
  });
  const step = yearStep(count, Math.floor(plotWidth / 36));
  const xTicks: Tick[] = [];
  for (let year = first; year < first + count; year++) {
    if (step === 1 || year % step === 0) xTicks.push({ at: round(centre(year)), label: String(year) });
  }
  return { yTicks, xTicks, bars, marks, missing };
}

function pointPanel(dataset: Dataset, values: (number | null)[], known: number[], bottom: number, plotWidth: number): PanelBody {
  const { left } = GEOMETRY;
  const times = dataset.points.map((p) => fractionalYear(p.date!));
  const start = Math.floor(times[0]!);
  const end = Math.floor(times.at(-1)!) + 1;
  // A few units of air at each end, so the first and last dots do not sit on the axes.
  const x = linearScale([start, end], [left + 6, left + plotWidth - 6]);
  const ticks = niceTicks(Math.min(...known), Math.max(...known), 4);
  const { y, yTicks } = yAxis(ticks, bottom);
  const marks: Mark[] = [];
  const missing: number[] = [];
  const labelled = dataset.points.length <= 12;
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    const px = round(x(times[i]!));
    if (v === null) {
      pen = false;
      missing.push(px);
      return;
    }
    const py = round(y(v));
    path += `${pen ? 'L' : 'M'}${px} ${py}`;
    pen = true;
    // Two dots closer than a label's width would have their labels overprint: the second goes underneath.
    const before = marks.at(-1);
    const below = before !== undefined && !before.below && px - before.x < LABEL_ROOM;
    marks.push({ x: px, y: py, ...(labelled ? { label: formatValue(v) } : {}), ...(below ? { below } : {}) });
  });
  const step = yearStep(end - start, Math.floor(plotWidth / 36));
  const xTicks: Tick[] = [];
  for (let year = start; year <= end; year++) {
    if (year % step === 0 || step === 1) xTicks.push({ at: round(x(year)), label: String(year) });
  }
  return { yTicks, xTicks, bars: [], marks, missing, path };
}
