import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { renderPeninsulaMap, type RenderedMap } from './render.ts';

export { MAP_SUMMARY, MAP_TITLE, renderPeninsulaMap, type RenderedMap } from './render.ts';
export { formatCoordinates, MAP_LINES, type MapLine } from './describe.ts';
export { DMZ_HALF_WIDTH_KM, NLL, PLACES, type Place } from './places.ts';

/**
 * Natural Earth 1:10m admin-0 countries (v4.1.0) as TopoJSON from the world-atlas package. Read from disk rather
 * than imported, so the 3.6 MB file never enters a bundle.
 */
export function loadCountries(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

let cached: { styles: string; map: RenderedMap } | undefined;

/** The map, rendered once per build (or test run) however many pages include it. */
export function getPeninsulaMap(styles = ''): RenderedMap {
  if (cached?.styles !== styles) cached = { styles, map: renderPeninsulaMap(loadCountries(), { styles }) };
  return cached.map;
}
