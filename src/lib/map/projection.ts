import { geoConicConformal, geoDistance, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { LonLat } from './places.ts';

/** A lon/lat box, as FRAME and PENINSULA in places.ts. */
export interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

const EARTH_RADIUS_KM = 6371;

/** The outline of an extent as points along its edges, so a conic projection's curved parallels fit too. */
export function extentOutline(extent: Extent, steps = 8): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = extent.west + ((extent.east - extent.west) * i) / steps;
    const lat = extent.south + ((extent.north - extent.south) * i) / steps;
    coordinates.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * Lambert conformal conic, the projection Korean topographic maps use, with standard parallels inside the extent
 * and its central meridian vertical, fitted to `width` px. The height follows from the extent's shape; the returned
 * projection clips everything to the width × height viewport.
 */
export function fitProjection(extent: Extent, width: number): { projection: GeoProjection; height: number } {
  const span = extent.north - extent.south;
  const projection = geoConicConformal()
    .parallels([extent.south + span / 6, extent.north - span / 6])
    .rotate([-(extent.west + extent.east) / 2, 0])
    .fitWidth(width, extentOutline(extent));
  // fitWidth puts the outline's top at y = 0; the outline's lowest point gives the height.
  const height = Math.ceil(Math.max(...extentOutline(extent).coordinates.map((c) => projection(c as [number, number])![1])));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Projected pixels per kilometre at a point, measured along the meridian (the projection is conformal). */
export function pixelsPerKm(projection: GeoProjection, at: LonLat): number {
  const north: LonLat = [at[0], at[1] + 0.05];
  const a = projection(at as [number, number])!;
  const b = projection(north as [number, number])!;
  const km = geoDistance(at as [number, number], north as [number, number]) * EARTH_RADIUS_KM;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
}
