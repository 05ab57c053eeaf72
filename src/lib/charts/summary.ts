import type { Dataset, DataPoint, DataSeries } from '../../schemas/dataset.ts';
import { formatDate } from '../dates.ts';
import { listAnd, withUnit } from './format.ts';

/** How a point is named in text: its year, or its day ("9 October 2006"). */
export const pointName = (dataset: Pick<Dataset, 'kind'>, point: DataPoint) =>
  dataset.kind === 'bars-by-year' ? String(point.year) : formatDate(point.date!);

/** A series as a heading: its label, with the unit in brackets unless the label already says it ("Firms operating"). */
export function seriesHeading(series: DataSeries): string {
  const said = series.label.toLowerCase().includes(series.unit.toLowerCase());
  return said ? series.label : `${series.label} (${series.unit})`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Counts at the start of a sentence in words, as the style guide wants; larger ones in figures. */
const countWord = (n: number) => WORDS[n] ?? String(n);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The chart in words, for readers who cannot see it (the SVG's description) and for everyone (under the chart):
 * the span covered, then for each series its first and last figure, its highest and lowest where those are
 * neither (ties name the earliest point), and the points without a figure.
 */
export function summarizeDataset(dataset: Dataset): string {
  const { points, series } = dataset;
  const first = pointName(dataset, points[0]!);
  const last = pointName(dataset, points.at(-1)!);
  const on = dataset.kind === 'bars-by-year' ? 'in' : 'on';
  const span =
    dataset.kind === 'bars-by-year'
      ? `Yearly figures for ${points.length} years, ${first} to ${last}.`
      : `${capitalise(countWord(points.length))} dated points, from ${first} to ${last}.`;
  const parts = [span];
  for (const s of series) {
    const known = points.filter((p) => p.values[s.id] !== null && p.values[s.id] !== undefined);
    const missing = points.filter((p) => !known.includes(p)).map((p) => pointName(dataset, p));
    if (!known.length) {
      parts.push(`${s.label}: no figures reported.`);
      continue;
    }
    const value = (p: DataPoint) => p.values[s.id]!;
    const at = (p: DataPoint) => `${withUnit(value(p), s.unit)} ${on} ${pointName(dataset, p)}`;
    const ends = [value(known[0]!), value(known.at(-1)!)];
    const max = known.reduce((a, b) => (value(b) > value(a) ? b : a));
    const min = known.reduce((a, b) => (value(b) < value(a) ? b : a));
    let sentence = `${s.label}: ${at(known[0]!)}`;
    if (known.length > 1) sentence += `, ${at(known.at(-1)!)}`;
    if (ends.every((v) => value(max) > v)) sentence += `; highest ${at(max)}`;
    if (ends.every((v) => value(min) < v)) sentence += `; lowest ${at(min)}`;
    if (missing.length) sentence += `; no figure reported for ${listAnd(missing)}`;
    parts.push(`${sentence}.`);
  }
  return parts.join(' ');
}
