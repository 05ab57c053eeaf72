import type { Dataset } from '../../schemas/dataset.ts';
import { compactCss } from '../compact-css.ts';
import { GEOMETRY, layoutChart, type ChartLayout, type Panel } from './layout.ts';
import { summarizeDataset } from './summary.ts';

export interface RenderedChart {
  svg: string;
  summary: string;
  titleId: string;
  descId: string;
  layout: ChartLayout;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A dataset drawn as an inline SVG string at build time: no script, colours from the page's custom properties
 * (so it follows the light and dark themes), named by its <title> and described by a <desc> holding the summary.
 * `styles` is shipped inside the SVG, so only pages with a chart carry them.
 */
export function renderChart(dataset: Dataset, options: { idPrefix: string; styles?: string }): RenderedChart {
  const layout = layoutChart(dataset);
  const summary = summarizeDataset(dataset);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const body = layout.panels.map((p) => panelSvg(p, dataset.kind === 'dated-points')).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(dataset.title)}</title><desc id="${descId}">${escapeXml(summary)}</desc>` +
    (options.styles ? `<style>${compactCss(options.styles)}</style>` : '') +
    body +
    '</svg>';
  return { svg, summary, titleId, descId, layout };
}

function panelSvg(panel: Panel, dated: boolean): string {
  const { left, width, right } = GEOMETRY;
  const x1 = width - right;
  const out: string[] = [`<text class="chart-panel-title" x="0" y="${panel.top + 11}">${escapeXml(panel.title)}</text>`];
  for (const t of panel.yTicks) {
    out.push(`<path class="chart-grid" d="M${left} ${t.at}H${x1}"/>`);
    out.push(`<text class="chart-tick" x="${left - 4}" y="${t.at + 3.5}" text-anchor="end">${escapeXml(t.label)}</text>`);
  }
  for (const t of panel.xTicks) {
    out.push(`<text class="chart-tick" x="${t.at}" y="${panel.bottom + 15}" text-anchor="middle">${escapeXml(t.label)}</text>`);
  }
  if (panel.bars.length) {
    out.push(
      `<path class="chart-bar" d="${panel.bars.map((b) => `M${b.x} ${b.y}h${b.width}v${b.height}h${-b.width}z`).join('')}"/>`,
    );
  }
  if (panel.path) out.push(`<path class="chart-line" d="${panel.path}"/>`);
  for (const m of panel.marks) {
    if (dated) out.push(`<circle class="chart-dot" cx="${m.x}" cy="${m.y}" r="4"/>`);
    if (m.label !== undefined) {
      const y = m.below ? m.y + 15 : m.y - (dated ? 8 : 3);
      out.push(`<text class="chart-value" x="${m.x}" y="${y}" text-anchor="middle">${escapeXml(m.label)}</text>`);
    }
  }
  for (const x of panel.missing) out.push(`<circle class="chart-missing" cx="${x}" cy="${panel.bottom - 3}" r="2.5"/>`);
  out.push(`<path class="chart-axis" d="M${left} ${panel.bottom}H${x1}"/>`);
  return `<g>${out.join('')}</g>`;
}
