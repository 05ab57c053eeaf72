import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  fractionalYear,
  layoutChart,
  linearScale,
  niceStep,
  niceTicks,
  renderChart,
  seriesHeading,
  summarizeDataset,
  withUnit,
  yearStep,
} from '../../../src/lib/charts/index.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

/** The chart logic: scales, ticks, the laid-out geometry, the SVG and the words that describe it. */
const source = { id: 's', title: 'T', publisher: 'P', url: 'https://example.org/', accessed: '2026-12-03' };
const bars: Dataset = {
  title: 'Firms & workers <by year>',
  description: 'd',
  kind: 'bars-by-year',
  series: [
    { id: 'firms', label: 'Firms operating', unit: 'firms' },
    { id: 'output', label: 'Production', unit: 'US$ million' },
  ],
  sources: [source],
  points: [
    { year: 2005, values: { firms: 18, output: 14.91 }, sources: ['s'] },
    { year: 2006, values: { firms: null, output: 74 }, sources: ['s'] },
    { year: 2008, values: { firms: 93, output: 251.42 }, sources: ['s'] },
    { year: 2009, values: { firms: 117, output: 249 }, sources: ['s'] },
  ],
  notes: [],
};
const dated: Dataset = {
  title: 'Tests',
  description: 'd',
  kind: 'dated-points',
  series: [{ id: 'mb', label: 'Magnitude', unit: 'mb' }],
  sources: [source],
  points: [
    { date: '2006-10-09', values: { mb: 4.2 }, sources: ['s'] },
    { date: '2013-02-12', values: { mb: 5.1 }, sources: ['s'] },
    { date: '2016-01-06', values: { mb: 5.1 }, sources: ['s'] },
    { date: '2016-09-09', values: { mb: 5.3 }, sources: ['s'] },
    { date: '2017-09-03', values: { mb: 6.3 }, sources: ['s'] },
  ],
  notes: [],
};

describe('scales and ticks', () => {
  it('maps a domain onto a range linearly, and a flat domain to the range start', () => {
    const y = linearScale([0, 100], [200, 100]);
    expect([y(0), y(50), y(100)]).toEqual([200, 150, 100]);
    expect(linearScale([5, 5], [10, 20])(5)).toBe(10);
  });

  it.each([
    [0.7, 1],
    [1.3, 2],
    [3, 5],
    [6.25, 10],
    [14_000, 20_000],
    [0.03, 0.05],
  ])('rounds a rough step of %d to %d', (rough, nice) => expect(niceStep(rough)).toBe(nice));

  it.each([
    [0, 124, [0, 50, 100, 150]],
    [0, 563.3, [0, 200, 400, 600]],
    [4.2, 6.3, [4, 5, 6, 7]],
    [4.2, 4.9, [4.2, 4.4, 4.6, 4.8, 5]],
    [0, 54_988, [0, 20_000, 40_000, 60_000]],
    [0, 3, [0, 1, 2, 3]],
    [0, 0, [0, 1]],
    [5, 5, [0, 2, 4, 6]],
  ])('ticks from %d to %d cover the data in round steps', (min, max, ticks) => {
    expect(niceTicks(min, max, 4)).toEqual(ticks);
  });

  it('labels fewer years the longer the axis', () => {
    expect([yearStep(11, 9), yearStep(19, 9), yearStep(40, 9), yearStep(120, 9)]).toEqual([2, 5, 5, 20]);
  });
});

describe('formats', () => {
  it('shortens values to fit above a bar, and names a day as a fraction of its year', () => {
    expect([54_988, 1_200_000, 563.3, 14.91, 4.25, 0].map(formatCompact)).toEqual(['55k', '1.2M', '563', '15', '4.3', '0']);
    expect(fractionalYear('2006-01-01')).toBe(2006);
    expect(fractionalYear('2006-07-02')).toBeCloseTo(2006.5, 2);
  });

  it('writes one of a plural unit in the singular, and leaves other units alone', () => {
    expect([withUnit(1, 'rounds'), withUnit(2, 'rounds'), withUnit(1, 'US$ million'), withUnit(54_988, 'people')]).toEqual([
      '1 round',
      '2 rounds',
      '1 US$ million',
      '54,988 people',
    ]);
  });

  it('gives a series heading its unit unless the label says it', () => {
    expect(seriesHeading(bars.series[0]!)).toBe('Firms operating');
    expect(seriesHeading(bars.series[1]!)).toBe('Production (US$ million)');
  });
});

describe('layout', () => {
  it('draws one panel per series, a bar per reported year and a baseline circle per missing one', () => {
    const layout = layoutChart(bars);
    expect(layout.panels.map((p) => p.title)).toEqual(['Firms operating', 'Production (US$ million)']);
    const [firms, output] = layout.panels;
    expect(firms!.bars).toHaveLength(3);
    expect(firms!.missing).toHaveLength(1);
    expect(output!.bars).toHaveLength(4);
    expect(output!.missing).toHaveLength(0);
    // Bars stand on the baseline, in year order, and the years between points keep their slot (2007 is empty).
    for (const b of output!.bars) expect(b.y + b.height).toBeCloseTo(output!.bottom, 0);
    const xs = output!.bars.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[2]! - xs[1]!).toBeCloseTo(2 * (xs[1]! - xs[0]!), 0);
    // The second panel sits below the first, inside the drawing.
    expect(output!.top).toBeGreaterThan(firms!.bottom);
    expect(layout.height).toBeGreaterThan(output!.bottom);
  });

  it('places dated points on a time axis, joins them with a line, and moves a crowded label under its dot', () => {
    const [panel] = layoutChart(dated).panels;
    expect(panel!.marks.map((m) => m.label)).toEqual(['4.2', '5.1', '5.1', '5.3', '6.3']);
    expect(panel!.path!.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'L', 'L']);
    expect(panel!.xTicks.at(0)!.label).toBe('2006');
    expect(panel!.xTicks.at(-1)!.label).toBe('2018');
    // January and September 2016 are too close for two labels above: the second goes below.
    expect(panel!.marks.map((m) => !!m.below)).toEqual([false, false, false, true, false]);
    // Higher magnitude, higher on the page.
    expect(panel!.marks[4]!.y).toBeLessThan(panel!.marks[0]!.y);
  });
});

describe('summary and SVG', () => {
  it('says the span, each series from first to last, its peak when neither end, and the gaps', () => {
    expect(summarizeDataset(bars)).toBe(
      'Yearly figures for 4 years, 2005 to 2009. ' +
        'Firms operating: 18 firms in 2005, 117 firms in 2009; no figure reported for 2006. ' +
        'Production: 14.91 US$ million in 2005, 249 US$ million in 2009; highest 251.42 US$ million in 2008.',
    );
    expect(summarizeDataset(dated)).toBe(
      'Five dated points, from 9 October 2006 to 3 September 2017. Magnitude: 4.2 mb on 9 October 2006, 6.3 mb on 3 September 2017.',
    );
  });

  it('renders a named, described image with escaped text and no script', () => {
    const { svg, summary } = renderChart(bars, { idPrefix: 'chart-x', styles: '.a { fill: red; }' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-x-title" aria-describedby="chart-x-desc">/);
    expect(svg).toContain('<title id="chart-x-title">Firms &amp; workers &lt;by year&gt;</title>');
    expect(svg).toContain(`<desc id="chart-x-desc">${summary}</desc>`);
    expect(svg).toContain('<style>.a{fill:red}</style>');
    expect(svg).not.toMatch(/<script|on\w+=/);
    expect(svg.match(/class="chart-missing"/g)).toHaveLength(1);
  });
});
