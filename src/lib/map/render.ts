import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { LineString, MultiLineString } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { DEFAULT_METRICS, lineBoxes, placeLabels, type Box, type PlacedLabel } from './labels.ts';
import { PathWriter, type PathWriterOptions } from './path-writer.ts';
import { DMZ_HALF_WIDTH_KM, FRAME, NLL, NORTH_KOREA, PENINSULA, PLACES, SOUTH_KOREA, type LonLat, type Place } from './places.ts';
import { fitProjection, pixelsPerKm } from './projection.ts';
import { compactCss } from '../compact-css.ts';

export { compactCss };

/** The countries drawn for context around the two Koreas (ISO 3166 numeric): China, Russia, Japan. */
const NEIGHBOURS = ['156', '643', '392'];

export interface MapOptions {
  /** Prefix for the ids of the SVG's <title> and <desc>, unique within the page. */
  idPrefix?: string;
  /** Width of the viewBox in map pixels; the SVG scales to its container. */
  width?: number;
  /** CSS to ship inside the SVG, so it reaches only the pages that show the map. */
  styles?: string;
}

export interface RenderedMap {
  svg: string;
  width: number;
  height: number;
  /** The DMZ band's width in map pixels (4 km at the map's scale). */
  dmzWidth: number;
  titleId: string;
  descId: string;
  labels: PlacedLabel[];
  /** Projected marker positions by place id. */
  points: Record<string, [number, number]>;
  /** Path data of the Military Demarcation Line, as drawn. */
  mdlPath: string;
  /** The distance the scale bar stands for. */
  scaleKm: number;
  /** The fixed labels (areas, seas, the DMZ and NLL names) with their boxes. */
  areaLabels: { text: string; x: number; y: number; box: Box }[];
}

export const MAP_TITLE = 'Map of the Korean peninsula with the Military Demarcation Line, the DMZ and the Northern Limit Line';

export const MAP_SUMMARY =
  'The central Korean peninsula, North Korea above and South Korea below. The Military Demarcation Line crosses ' +
  'from the Han River estuary in the west to the east coast, inside the 4 km Demilitarized Zone; off the west coast ' +
  'the Northern Limit Line (approximate) runs north of Yeonpyeong and Baengnyeong islands. Marked: Seoul, Pyongyang, ' +
  'Kaesong, Panmunjom (JSA), Mount Kumgang, Yeonpyeong Island and Baengnyeong Island.';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fixed = (v: number) => String(Math.round(v * 10) / 10);

function pathData(projection: GeoProjection, object: GeoPermissibleObjects, options?: PathWriterOptions): string {
  const writer = new PathWriter(options);
  geoPath(projection, writer).call(null, object);
  return writer.toString();
}

type CountryShape = TopoPolygon | TopoMultiPolygon;

function geometries(topology: Topology, ids: readonly string[]): CountryShape[] {
  const countries = topology.objects.countries as GeometryCollection;
  const found = countries.geometries.filter(
    (g): g is CountryShape => ids.includes(String(g.id)) && (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  );
  const missing = ids.filter((id) => !found.some((g) => String(g.id) === id));
  if (missing.length) throw new Error(`world-atlas has no country with id ${missing.join(', ')}`);
  return found;
}

/** The land boundary between North and South Korea: Natural Earth draws it along the Military Demarcation Line. */
export function demarcationLine(topology: Topology): MultiLineString {
  const countries = topology.objects.countries as GeometryCollection;
  const between = (a: GeometryObject, b: GeometryObject) =>
    (String(a.id) === NORTH_KOREA && String(b.id) === SOUTH_KOREA) ||
    (String(a.id) === SOUTH_KOREA && String(b.id) === NORTH_KOREA);
  const line = mesh(topology, countries, between);
  if (!line.coordinates.length) throw new Error('world-atlas has no boundary between North and South Korea');
  return line;
}

const nllLine = (): LineString => ({ type: 'LineString', coordinates: NLL.points.map((p) => [...p]) });

function marker(place: Place, [x, y]: [number, number]): string {
  const cx = fixed(x);
  const cy = fixed(y);
  switch (place.kind) {
    case 'capital':
      return `<circle class="capital" cx="${cx}" cy="${cy}" r="5"/><circle class="dot" cx="${cx}" cy="${cy}" r="2"/>`;
    case 'mountain':
      return `<path class="dot" d="M${fixed(x - 5)} ${fixed(y + 4)}h10l-5-9z"/>`;
    default:
      return `<circle class="dot" cx="${cx}" cy="${cy}" r="3.2"/>`;
  }
}

interface FixedLabel {
  text: string;
  at: LonLat;
  className: string;
  fontSize: number;
  charWidth: number;
}

/** Names of areas, placed where they are and kept clear of by the place labels. */
const AREA_LABELS: FixedLabel[] = [
  { text: 'NORTH KOREA', at: [126.75, 39.55], className: 'area', fontSize: 12, charWidth: 0.72 },
  { text: 'SOUTH KOREA', at: [127.95, 37.3], className: 'area', fontSize: 12, charWidth: 0.72 },
  { text: 'Yellow Sea', at: [124.5, 37.03], className: 'sea-name', fontSize: 12, charWidth: 0.55 },
  { text: 'NLL', at: [124.35, 38.1], className: 'line-label nll-label', fontSize: 12, charWidth: 0.62 },
];

function text(label: { x: number; y: number; anchor: string; lines: readonly string[] }, className: string): string {
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  const [first, ...more] = label.lines.map(escapeXml);
  // Later lines restart at the anchor's x, one line height (in ems, so it follows the CSS font size) lower.
  const rest = more.map((line) => `<tspan x="${fixed(label.x)}" dy="${DEFAULT_METRICS.lineHeight}em">${line}</tspan>`);
  return `<text class="${className}" x="${fixed(label.x)}" y="${fixed(label.y)}"${anchor}>${first}${rest.join('')}</text>`;
}

/** Where the DMZ is named: beside its own line, just north of the band, at this longitude. */
const DMZ_LABEL_LON = 127.55;

/** The projected point of a polyline nearest to the vertical x = `x` (the line's crossing, or its closest vertex). */
export function pointAtX(lines: readonly (readonly [number, number])[][], x: number): [number, number] {
  let best: [number, number] = lines[0]![0] as [number, number];
  for (const line of lines) {
    for (let i = 0; i < line.length - 1; i++) {
      const [x1, y1] = line[i]!;
      const [x2, y2] = line[i + 1]!;
      if ((x1 - x) * (x2 - x) <= 0 && x1 !== x2) return [x, y1 + ((y2 - y1) * (x - x1)) / (x2 - x1)];
      if (Math.abs(x1 - x) < Math.abs(best[0] - x)) best = [x1, y1];
    }
  }
  return best;
}

/** A round distance (10, 20, 50, 100 km …) about a fifth of the map wide, for the scale bar. */
export function scaleBarKm(mapWidthKm: number): number {
  const target = mapWidthKm / 5;
  const power = 10 ** Math.floor(Math.log10(target));
  return [1, 2, 5, 10]
    .map((m) => m * power)
    .filter((km) => km <= target)
    .at(-1)!;
}

/** The scale bar, bottom right (land there is plain, the sea to the west holds the islands): a bar of a round distance with ticks and its length written above. */
function scaleBar(width: number, height: number, perKm: number): { svg: string; box: Box; km: number } {
  const km = scaleBarKm(width / perKm);
  const length = km * perKm;
  const x0 = width - 12 - length;
  const y = height - 10;
  const bar = `M${fixed(x0)} ${fixed(y - 4)}v4h${fixed(length)}v-4`;
  return {
    km,
    svg:
      `<g class="scale-bar"><path d="${bar}"/>` +
      `<text x="${fixed(x0 + length / 2)}" y="${fixed(y - 7)}" text-anchor="middle">${km} km</text></g>`,
    box: { x: x0 - 2, y: y - 22, width: length + 4, height: 24 },
  };
}

/** The locator's width and its distance from the map's top and right edges. */
const INSET = { width: 74, margin: 8 };

/** The locator: the whole peninsula, with the main map's frame outlined, in the East Sea corner of the map. */
function inset(topology: Topology, main: GeoProjection, width: number): { svg: string; box: Box } {
  const insetWidth = INSET.width;
  const { projection, height } = fitProjection(PENINSULA, insetWidth);
  const x0 = width - insetWidth - INSET.margin;
  const y0 = INSET.margin;
  projection.translate([projection.translate()[0] + x0, projection.translate()[1] + y0]).clipExtent([
    [x0, y0],
    [x0 + insetWidth, y0 + height],
  ]);
  const coarse = { tolerance: 1.5, minRing: 4, wholePixels: true };
  const koreas = pathData(projection, merge(topology, geometries(topology, [NORTH_KOREA, SOUTH_KOREA])), coarse);
  const others = pathData(projection, merge(topology, geometries(topology, NEIGHBOURS)), coarse);
  // The main map's viewport, carried back to lon/lat and forward into the inset.
  const mainFrame = { type: 'LineString' as const, coordinates: [] as [number, number][] };
  const [mainWidth, mainHeight] = main.clipExtent()![1];
  for (const [x, y] of [
    [0, 0],
    [mainWidth, 0],
    [mainWidth, mainHeight],
    [0, mainHeight],
    [0, 0],
  ] as const) {
    mainFrame.coordinates.push(main.invert!([x, y])!);
  }
  const frame = pathData(projection, mainFrame, { tolerance: 0 });
  return {
    svg:
      `<g class="inset"><rect class="sea inset-box" x="${x0}" y="${y0}" width="${insetWidth}" height="${height}"/>` +
      `<path class="other-land" d="${others}"/><path class="land" d="${koreas}"/>` +
      `<path class="frame" d="${frame}"/></g>`,
    // Labels keep a margin's width clear of it.
    box: { x: x0 - INSET.margin, y: 0, width: insetWidth + 2 * INSET.margin, height: y0 + height + INSET.margin },
  };
}

/**
 * The peninsula map as a standalone SVG string: Natural Earth land and the inter-Korean boundary (the MDL) from
 * world-atlas, the DMZ as a band 2 km either side of it, the Northern Limit Line from NLL's published turning
 * points, and the places of PLACES with labels placed clear of each other.
 */
export function renderPeninsulaMap(topology: Topology, options: MapOptions = {}): RenderedMap {
  const width = options.width ?? 480;
  const prefix = options.idPrefix ?? 'peninsula-map';
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const { projection, height } = fitProjection(FRAME, width);
  const project = (at: readonly number[]) => projection([at[0]!, at[1]!]) as [number, number];

  const points = Object.fromEntries(PLACES.map((p) => [p.id, project(p.at)]));
  const islandIds = new Set(PLACES.filter((p) => p.kind === 'island').map((p) => p.id));
  const islands = [...islandIds].map((id) => points[id]!);
  const detail: PathWriterOptions = { tolerance: 0.8, minRing: 2, keep: islands, wholePixels: true };

  const koreas = merge(topology, geometries(topology, [NORTH_KOREA, SOUTH_KOREA]));
  const neighbours = merge(topology, geometries(topology, NEIGHBOURS));
  const mdl = demarcationLine(topology);
  const mdlPath = pathData(projection, mdl, { tolerance: 0.3 });
  const nllPath = pathData(projection, nllLine(), { tolerance: 0 });
  // Measured mid-way along the line; the scale varies by well under 1% across the frame.
  const dmzWidth = 2 * DMZ_HALF_WIDTH_KM * pixelsPerKm(projection, [127.5, 38.25]);

  const bounds: Box = { x: 2, y: 2, width: width - 4, height: height - 4 };
  const locator = inset(topology, projection, width);
  const scale = scaleBar(width, height, dmzWidth / (2 * DMZ_HALF_WIDTH_KM));
  const mdlProjected = mdl.coordinates.map((line) => line.map(project));
  const nllProjected = NLL.points.map(project);
  const [dmzX, dmzY] = pointAtX(mdlProjected, project([DMZ_LABEL_LON, 38.3])[0]);
  const dmzLabel = {
    text: 'DMZ',
    at: projection.invert!([dmzX, dmzY - dmzWidth / 2 - 9])! as unknown as LonLat,
    className: 'line-label',
    fontSize: 12,
    charWidth: 0.62,
  };
  const areaLabels = [...AREA_LABELS, dmzLabel].map((label) => {
    const [x, y] = project(label.at);
    const w = label.text.length * label.fontSize * label.charWidth;
    return {
      ...label,
      lines: [label.text],
      x,
      y: y + label.fontSize * 0.35,
      anchor: 'middle',
      box: { x: x - w / 2, y: y - label.fontSize / 2, width: w, height: label.fontSize },
    };
  });
  const labels = placeLabels(
    PLACES.map((p) => ({
      id: p.id,
      lines: p.mapLabel ?? [p.name],
      x: points[p.id]![0],
      y: points[p.id]![1],
      sides: p.label,
    })),
    // No label may hide a line: the MDL with its DMZ band, or the dashed NLL (an island's name on the line read
    // as if the line ran elsewhere).
    [
      locator.box,
      scale.box,
      ...areaLabels.map((l) => l.box),
      ...mdlProjected.flatMap((line) => lineBoxes(line, dmzWidth / 2 + 1)),
      ...lineBoxes(nllProjected, 2),
    ],
    bounds,
    DEFAULT_METRICS,
  );

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${titleId} ${descId}" class="peninsula-map-svg">` +
    `<title id="${titleId}">${escapeXml(MAP_TITLE)}</title><desc id="${descId}">${escapeXml(MAP_SUMMARY)}</desc>` +
    (options.styles ? `<style>${compactCss(options.styles)}</style>` : '') +
    `<rect class="sea" width="${width}" height="${height}"/>` +
    `<path class="other-land" d="${pathData(projection, neighbours, detail)}"/>` +
    `<path class="land" d="${pathData(projection, koreas, detail)}"/>` +
    `<path class="dmz" d="${mdlPath}" stroke-width="${fixed(dmzWidth)}"/>` +
    `<path class="mdl" d="${mdlPath}"/>` +
    `<path class="nll" d="${nllPath}"/>` +
    PLACES.map((p) => marker(p, points[p.id]!)).join('') +
    areaLabels.map((l) => text(l, l.className)).join('') +
    labels
      .map((l) =>
        l.leader
          ? `<path class="leader" d="M${l.leader.slice(0, 2).map(fixed).join(' ')}L${l.leader.slice(2).map(fixed).join(' ')}"/>`
          : '',
      )
      .join('') +
    labels.map((l) => text(l, islandIds.has(l.id) ? 'place on-sea' : 'place')).join('') +
    locator.svg +
    scale.svg +
    `<rect class="border" width="${width}" height="${height}"/>` +
    `</svg>`;

  return { svg, width, height, dmzWidth, titleId, descId, labels, points, mdlPath, scaleKm: scale.km, areaLabels };
}
