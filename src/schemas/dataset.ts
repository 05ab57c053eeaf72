import { z } from 'astro/zod';
import { isoDay, sourceUrl, text } from './common.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (example: string) =>
  z.string({ error: `must be a short id such as "${example}"` }).regex(ID, {
    error: `must be lowercase letters, digits and single hyphens, e.g. "${example}"`,
  });

/** Where a figure was read: every point of a dataset cites one or more of these by id. */
export const dataSourceSchema = z.strictObject({
  /** Short handle the points cite in their `sources`: lowercase letters, digits and hyphens. */
  id: id('usgs-2016-09'),
  /** Title of the page, table or report the figure is read from, as published. */
  title: text('the title of the page or report', 300),
  /** Who published it (USGS, Ministry of Unification, Yonhap). */
  publisher: text('the publisher', 200),
  /** Where a reader can check the figure: a full https:// (or http://) address. */
  url: sourceUrl,
  /** When an editor last checked that the page gives the figure, "YYYY-MM-DD". */
  accessed: isoDay,
});

/** One measured quantity, drawn as its own panel of the chart with its own scale. */
export const seriesSchema = z.strictObject({
  /** Key of the series in each point's `values`, e.g. "workers". */
  id: id('workers'),
  /** What is measured, as the axis and the table heading say it: "North Korean workers". */
  label: text('what is measured', 80),
  /** The unit, shown after each value: "people", "US$ million", "mb" (body-wave magnitude). */
  unit: text('the unit', 40),
});

/** One row of the data: a year (bar charts) or a day (dated charts), its values and where they come from. */
export const dataPointSchema = z.strictObject({
  /** The year the values are for (charts of kind "bars-by-year"). */
  year: z
    .number({ error: 'must be a year, e.g. 2015' })
    .int({ error: 'must be a whole year, e.g. 2015' })
    .min(1900)
    .max(2100)
    .optional(),
  /** The day the values are for, "YYYY-MM-DD" (charts of kind "dated-points"). */
  date: isoDay.optional(),
  /** A short name for the point, shown beside it and in the table: "Sixth test". */
  label: text('a short name for the point', 60).optional(),
  /** The value of each series by its id; null where no source gives one (drawn as a gap, listed as "not reported"). */
  values: z.record(z.string(), z.number({ error: 'must be a number, or null where no source gives one' }).nullable()),
  /** Ids of the dataset's sources that give these values: at least one. */
  sources: z.array(z.string({ error: 'must be the id of one of the dataset’s sources' })).min(1, {
    error: 'needs at least one source: the id of the entry in `sources` that gives these values',
  }),
  /** What a reader should know about this row: a revision, a disagreement between sources, a partial year. */
  note: text('a note on this row', 400).optional(),
});

export const CHART_KINDS = ['bars-by-year', 'dated-points'] as const;

/** A dataset behind a chart: content/data/<id>.yaml. The file name is the id an entry's <Chart data="…"> uses. */
export const datasetSchema = z
  .strictObject({
    /** What the chart shows, as its heading and accessible name: "North Korea's nuclear tests". */
    title: text('the chart title', 120),
    /** One or two sentences on what is counted and by whom, shown under the chart. */
    description: text('what is counted and by whom', 400),
    /** How it is drawn: "bars-by-year" (one bar per year and series) or "dated-points" (points on a time line). */
    kind: z.enum(CHART_KINDS, { error: `must be one of: ${CHART_KINDS.join(', ')}` }),
    /** The quantities measured: one to four, each drawn in its own panel. */
    series: z
      .array(seriesSchema)
      .min(1, { error: 'needs at least one series' })
      .max(4, { error: 'may have at most four series' }),
    /** Where the figures come from; each point cites these by id. */
    sources: z.array(dataSourceSchema).min(1, { error: 'needs at least one source' }),
    /** The data, in time order: one entry per year or per dated event. */
    points: z.array(dataPointSchema).min(2, { error: 'needs at least two points to draw a chart' }),
    /** Caveats for the whole dataset: who counts differently, and how. */
    notes: z.array(text('a caveat on the data', 600)).default([]),
  })
  .superRefine((data, ctx) => {
    const seriesIds = data.series.map((s) => s.id);
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const seenSource = new Set<string>();
    data.sources.forEach((s, i) => {
      if (seenSource.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `must be unique: "${s.id}" is used twice` });
      seenSource.add(s.id);
    });
    // Days are written YYYY-MM-DD, so their strings sort as the days do.
    let previous: number | string | undefined;
    data.points.forEach((point, i) => {
      const at = (...rest: (string | number)[]) => ['points', i, ...rest];
      if (data.kind === 'bars-by-year') {
        if (point.year === undefined)
          ctx.addIssue({
            code: 'custom',
            path: at('year'),
            message: 'must be given: a chart of kind "bars-by-year" needs the year of each point, e.g. 2015',
            input: undefined,
          });
        if (point.date !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: at('date'),
            message: 'must be removed: a chart of kind "bars-by-year" is drawn by `year`',
          });
      } else {
        if (point.date === undefined)
          ctx.addIssue({
            code: 'custom',
            path: at('date'),
            message: 'must be given: a chart of kind "dated-points" needs the day of each point, "YYYY-MM-DD"',
            input: undefined,
          });
        if (point.year !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: at('year'),
            message: 'must be removed: a chart of kind "dated-points" is drawn by `date`',
          });
      }
      const when = data.kind === 'bars-by-year' ? point.year : point.date;
      if (when !== undefined && previous !== undefined && when <= previous) {
        ctx.addIssue({
          code: 'custom',
          path: at(data.kind === 'bars-by-year' ? 'year' : 'date'),
          message: 'must come after the point before it: list points once each, oldest first',
        });
      }
      if (when !== undefined) previous = when;
      for (const key of Object.keys(point.values)) {
        if (!seriesIds.includes(key))
          ctx.addIssue({
            code: 'custom',
            path: at('values', key),
            message: `must be the id of a series: one of ${seriesIds.join(', ')}`,
          });
      }
      for (const sid of seriesIds) {
        if (!(sid in point.values)) {
          ctx.addIssue({
            code: 'custom',
            path: at('values', sid),
            message: `must be given for every series (write ${sid}: null where no source gives a value)`,
            input: undefined,
          });
        }
      }
      point.sources.forEach((ref, j) => {
        if (!sourceIds.has(ref))
          ctx.addIssue({
            code: 'custom',
            path: at('sources', j),
            message: `must be the id of one of the dataset's sources: ${[...sourceIds].join(', ')}`,
          });
      });
    });
  });

export type Dataset = z.output<typeof datasetSchema>;
export type DataPoint = z.output<typeof dataPointSchema>;
export type DataSeries = z.output<typeof seriesSchema>;
export type DataSource = z.output<typeof dataSourceSchema>;
export type ChartKind = (typeof CHART_KINDS)[number];
