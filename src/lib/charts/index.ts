export { formatCompact, formatValue, fractionalYear, listAnd, withUnit } from './format.ts';
export { GEOMETRY, layoutChart, type ChartLayout, type Panel } from './layout.ts';
export { linearScale, niceStep, niceTicks, yearStep } from './scale.ts';
export { pointName, seriesHeading, summarizeDataset } from './summary.ts';
export { escapeXml, renderChart, type RenderedChart } from './svg.ts';
