import { DMZ_HALF_WIDTH_KM, NLL, type LonLat } from './places.ts';

/** "37.57° N, 126.98° E": two decimals, about a kilometre, as precise as a reader needs. */
export function formatCoordinates([lon, lat]: LonLat): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

export interface MapLine {
  id: 'mdl' | 'dmz' | 'nll';
  name: string;
  /** How it is drawn, in words that do not depend on seeing colour. */
  drawn: string;
  description: string;
  /** The name the text alternative links by, as in a cross-reference ([[DMZ]]). */
  link?: string;
}

/** The lines of the map, for its legend and text alternative, in drawing order. */
export const MAP_LINES: readonly MapLine[] = [
  {
    id: 'mdl',
    name: 'Military Demarcation Line (MDL)',
    drawn: 'the solid line',
    description:
      'the land boundary fixed by the 1953 Armistice Agreement, from the Han River estuary near Panmunjom to the ' +
      "east coast; drawn from Natural Earth's boundary between the two states.",
    link: 'MDL',
  },
  {
    id: 'dmz',
    name: 'Demilitarized Zone (DMZ)',
    drawn: 'the shaded band along the MDL',
    description: `the zone ${DMZ_HALF_WIDTH_KM} km either side of the MDL, ${2 * DMZ_HALF_WIDTH_KM} km wide in all, drawn to scale.`,
    link: 'DMZ',
  },
  {
    id: 'nll',
    name: 'Northern Limit Line (NLL, approximate)',
    drawn: 'the dashed line',
    description:
      'the sea line the UN Command drew off the west coast after the 1953 armistice, which North Korea does not ' +
      'accept. It runs from the Han River estuary north-west, passing north of Yeonpyeong and Baengnyeong islands. ' +
      `Drawn through ${NLL.points.length} turning points published in a secondary source, with one misprinted point ` +
      'left out, so its course is approximate.',
    link: 'NLL',
  },
];
