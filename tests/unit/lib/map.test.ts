import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContentModel } from '../../../src/integrations/content-files.ts';
import { resolveLink } from '../../../src/lib/link-index.ts';
import { formatCoordinates, MAP_LINES } from '../../../src/lib/map/describe.ts';
import { loadCountries } from '../../../src/lib/map/index.ts';
import { labelBox, lineBoxes, overlaps, placeLabels } from '../../../src/lib/map/labels.ts';
import { formatTenths, PathWriter } from '../../../src/lib/map/path-writer.ts';
import { dms, FRAME, NLL, NORTH_KOREA, PLACES, SOUTH_KOREA } from '../../../src/lib/map/places.ts';
import { fitProjection, pixelsPerKm } from '../../../src/lib/map/projection.ts';
import { demarcationLine, pointAtX, renderPeninsulaMap, scaleBarKm } from '../../../src/lib/map/render.ts';

const topology = loadCountries();
const map = renderPeninsulaMap(topology);
const at = (id: string) => map.points[id]!;
const place = (id: string) => PLACES.find((p) => p.id === id)!;

describe('the peninsula map', () => {
  it('puts places where they are relative to each other (y grows southward)', () => {
    expect(at('seoul')[1]).toBeGreaterThan(at('pyongyang')[1]);
    expect(at('kaesong')[1]).toBeLessThan(at('seoul')[1]);
    expect(at('kaesong')[0]).toBeLessThan(at('panmunjom')[0]);
    expect(at('baengnyeong')[0]).toBeLessThan(Math.min(...PLACES.filter((p) => p.id !== 'baengnyeong').map((p) => at(p.id)[0])));
    expect(at('kumgang')[0]).toBeGreaterThan(Math.max(...PLACES.filter((p) => p.id !== 'kumgang').map((p) => at(p.id)[0])));
  });

  it('keeps every place inside the frame', () => {
    for (const p of PLACES) {
      const [x, y] = at(p.id);
      expect([x > 0 && x < map.width, y > 0 && y < map.height], p.id).toEqual([true, true]);
    }
  });

  it("finds each place on the right side of Natural Earth's boundary", () => {
    const countries = topology.objects.countries as GeometryCollection;
    const country = (id: string) =>
      feature(
        topology,
        countries.geometries.find((g) => String(g.id) === id)!,
      );
    const south = country(SOUTH_KOREA);
    const north = country(NORTH_KOREA);
    for (const id of ['seoul', 'yeonpyeong', 'baengnyeong']) expect(geoContains(south, place(id).at as never), id).toBe(true);
    for (const id of ['pyongyang', 'kaesong', 'kumgang']) expect(geoContains(north, place(id).at as never), id).toBe(true);
  });

  it('draws the Military Demarcation Line from the boundary between the two Koreas', () => {
    const mdl = demarcationLine(topology);
    const lons = mdl.coordinates.flat().map(([lon]) => lon!);
    const lats = mdl.coordinates.flat().map(([, lat]) => lat!);
    // From the Han River estuary (about 126.7° E) to the east coast (about 128.4° E), around the 38th parallel.
    expect(Math.min(...lons)).toBeGreaterThan(126.5);
    expect(Math.max(...lons)).toBeLessThan(128.5);
    expect(Math.min(...lats)).toBeGreaterThan(37.6);
    expect(Math.max(...lats)).toBeLessThan(38.8);
    expect(map.mdlPath).toMatch(/^M[\d.]+[ -][\d.]+l/);
    expect(map.svg).toContain(`<path class="mdl" d="${map.mdlPath}"/>`);
  });

  it('puts Panmunjom on the MDL (within the width of the DMZ band)', () => {
    const { projection } = fitProjection(FRAME, map.width);
    const line = demarcationLine(topology)
      .coordinates.flat()
      .map((c) => projection(c as [number, number])!);
    const [px, py] = at('panmunjom');
    const nearest = Math.min(
      ...line.slice(1).map(([x2, y2], i) => {
        const [x1, y1] = line[i]!;
        const t = Math.max(0, Math.min(1, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
        return Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1)));
      }),
    );
    expect(nearest).toBeLessThan(map.dmzWidth);
  });

  it('draws the DMZ 4 km wide at the map scale', () => {
    const { projection } = fitProjection(FRAME, map.width);
    const scale = pixelsPerKm(projection, [127.5, 38.25]);
    // About 1 px per km: 480 px across the 5.7° of the frame at 38° N (about 500 km).
    expect(scale).toBeGreaterThan(0.8);
    expect(scale).toBeLessThan(1.2);
    expect(map.dmzWidth).toBeCloseTo(4 * scale, 5);
    expect(map.svg).toContain(`class="dmz" d="${map.mdlPath}" stroke-width="${Math.round(map.dmzWidth * 10) / 10}"`);
  });

  it('is an accessible image: role img, named by its <title> and described by its <desc>', () => {
    expect(map.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(map.svg).toContain(`aria-labelledby="${map.titleId} ${map.descId}"`);
    expect(map.svg).toMatch(new RegExp(`<title id="${map.titleId}">[^<]*Military Demarcation Line[^<]*</title>`));
    expect(map.svg).toMatch(new RegExp(`<desc id="${map.descId}">[^<]*Northern Limit Line \\(approximate\\)[^<]*</desc>`));
    expect(map.svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(map.svg).not.toMatch(/\b(width|height)="\d+" *(role|class|xmlns)/);
  });

  it('labels every place once, inside the frame, without labels overlapping', () => {
    expect(map.labels.map((l) => l.id).sort()).toEqual(PLACES.map((p) => p.id).sort());
    for (const label of map.labels) {
      expect(label.box.x, label.id).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width, label.id).toBeLessThanOrEqual(map.width);
      expect(label.box.y + label.box.height, label.id).toBeLessThanOrEqual(map.height);
      for (const other of map.labels)
        if (other !== label) expect(overlaps(label.box, other.box), `${label.id}/${other.id}`).toBe(false);
    }
    for (const p of PLACES) expect(map.svg).toContain((p.mapLabel ?? [p.name])[0]);
  });

  it('keeps every place label off the NLL and the DMZ, and names the DMZ beside its own line', () => {
    const { projection } = fitProjection(FRAME, map.width);
    const project = (p: readonly number[]) => projection([p[0]!, p[1]!]) as [number, number];
    const nll = lineBoxes(NLL.points.map(project), 2);
    const mdl = demarcationLine(topology).coordinates.flatMap((line) => lineBoxes(line.map(project), map.dmzWidth / 2));
    let checked = 0;
    for (const label of map.labels) {
      const own = { x: at(label.id)[0] - 5, y: at(label.id)[1] - 5, width: 10, height: 10 };
      for (const box of [...nll, ...mdl].filter((b) => !overlaps(b, own))) {
        expect(overlaps(label.box, box), `${label.id} over a line at ${box.x},${box.y}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    const dmz = map.areaLabels.find((l) => l.text === 'DMZ')!;
    const lines = demarcationLine(topology).coordinates.map((line) => line.map(project));
    const [, lineY] = pointAtX(lines, dmz.x);
    // Just north of the band: the label's bottom within a few pixels of the band's edge.
    expect(lineY - map.dmzWidth / 2 - (dmz.box.y + dmz.box.height)).toBeGreaterThanOrEqual(0);
    expect(lineY - map.dmzWidth / 2 - (dmz.box.y + dmz.box.height)).toBeLessThan(6);
  });

  it('has a scale bar of a round distance, drawn to the map scale', () => {
    expect(map.scaleKm).toBe(scaleBarKm(map.width / (map.dmzWidth / 4)));
    expect([10, 20, 50, 100, 200]).toContain(map.scaleKm);
    expect(map.svg).toContain(`>${map.scaleKm} km</text>`);
    const bar = /<g class="scale-bar"><path d="M[\d.]+ [\d.]+v4h([\d.]+)v-4"/.exec(map.svg);
    expect(Number(bar![1])).toBeCloseTo(map.scaleKm * (map.dmzWidth / 4), 0);
    expect(scaleBarKm(510)).toBe(100);
    expect(scaleBarKm(90)).toBe(10);
    expect(scaleBarKm(260)).toBe(50);
  });

  it('is the same every time and stays small', () => {
    expect(renderPeninsulaMap(topology).svg).toBe(map.svg);
    expect(map.svg.length).toBeLessThan(40_000);
    expect(gzipSync(map.svg).length).toBeLessThan(10_000);
    // Coordinates are rounded to a tenth of a pixel.
    const numbers = [...map.svg.matchAll(/ (?:d|x|y|cx|cy|stroke-width)="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(numbers).toMatch(/\d\.\d/);
    expect(numbers).not.toMatch(/\d\.\d{2}/);
  });

  it('takes ids for its title and description from the caller', () => {
    const other = renderPeninsulaMap(topology, { idPrefix: 'overview-map' });
    expect(other.svg).toContain('<title id="overview-map-title">');
    expect(other.svg).toContain('aria-labelledby="overview-map-title overview-map-desc"');
  });
});

describe('the Northern Limit Line data', () => {
  it('reads the coordinates as published', () => {
    expect(dms('37°42′45″')).toBeCloseTo(37.7125, 6);
    expect(dms('125°02′50″')).toBeCloseTo(125.047222, 5);
    expect(dms('38°00′00″')).toBe(38);
    expect(() => dms('37.5')).toThrow(/not a D°M′S″ coordinate/);
  });

  it('runs from the Han River estuary north-west past the islands, north of Yeonpyeong and Baengnyeong', () => {
    expect(NLL.approximate).toBe(true);
    expect(NLL.points).toHaveLength(10);
    const first = NLL.points[0]!;
    const last = NLL.points.at(-1)!;
    expect(first[0]).toBeGreaterThan(126);
    expect(last[0]).toBeLessThan(124.7);
    const latitudeAt = (lon: number) => {
      const i = NLL.points.findIndex((p, k) => k > 0 && (NLL.points[k - 1]![0] - lon) * (p[0] - lon) <= 0);
      const [a, b] = [NLL.points[i - 1]!, NLL.points[i]!];
      return a[1] + ((lon - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
    };
    for (const id of ['yeonpyeong', 'baengnyeong']) expect(latitudeAt(place(id).at[0]), id).toBeGreaterThan(place(id).at[1]);
  });

  it('is called approximate wherever it is named', () => {
    expect(MAP_LINES.find((l) => l.id === 'nll')!.name).toContain('approximate');
    expect(map.svg).toContain('Northern Limit Line (approximate)');
  });
});

describe('PathWriter', () => {
  it('writes the shortest SVG numbers', () => {
    expect([12, -3, 40, 0, -105].map(formatTenths)).toEqual(['1.2', '-.3', '4', '0', '-10.5']);
  });

  it('writes relative, rounded path data and drops points within the tolerance of the outline', () => {
    const w = new PathWriter({ tolerance: 0.5 });
    w.moveTo(10.04, 20);
    w.lineTo(10.1, 20.1); // 0.1 px away: dropped when the next point lies on the way
    w.lineTo(30, 20);
    w.lineTo(30, 40);
    w.closePath();
    expect(w.toString()).toBe('M10 20l20 0 0 20z');
  });

  it('drops rings smaller than minRing unless they hold a point to keep', () => {
    const square = (w: PathWriter, x: number) => {
      w.moveTo(x, 0);
      w.lineTo(x + 1, 0);
      w.lineTo(x + 1, 1);
      w.lineTo(x, 1);
      w.closePath();
    };
    const dropped = new PathWriter({ tolerance: 0, minRing: 2 });
    square(dropped, 0);
    expect(dropped.toString()).toBe('');
    const kept = new PathWriter({ tolerance: 0, minRing: 2, keep: [[0.5, 0.5]] });
    square(kept, 0);
    square(kept, 100);
    expect(kept.toString()).toBe('M0 0l1 0 0 1-1 0z');
  });
});

describe('label placement', () => {
  const bounds = { x: 0, y: 0, width: 200, height: 100 };

  it('takes the first preferred side that is free', () => {
    const [a, b] = placeLabels(
      [
        { id: 'a', lines: ['Alpha'], x: 50, y: 50, sides: ['e'] },
        { id: 'b', lines: ['Beta'], x: 60, y: 65, sides: ['e', 's'] },
      ],
      [],
      bounds,
    );
    expect(a!.side).toBe('e');
    expect(b!.side).toBe('s');
    expect(a!.anchor).toBe('start');
    expect(b!.anchor).toBe('middle');
  });

  it('refuses, naming the label and the fix, when no side is free', () => {
    expect(() => placeLabels([{ id: 'a', lines: ['A very long label'], x: 5, y: 50, sides: ['w'] }], [], bounds)).toThrow(
      /no room for the map label "A very long label" on any of its sides \(w\); add a side .*places\.ts/,
    );
  });

  it('sizes multi-line labels by their longest line', () => {
    const one = labelBox(0, 0, ['Baengnyeong Island'], 's');
    const two = labelBox(0, 0, ['Baengnyeong', 'Island'], 's');
    expect(two.box.width).toBeLessThan(one.box.width);
    expect(two.box.height).toBeGreaterThan(one.box.height);
  });
});

describe('the text alternative', () => {
  it('gives coordinates to two decimals with hemispheres', () => {
    expect(formatCoordinates([126.9779694, 37.5665361])).toBe('37.57° N, 126.98° E');
  });

  it('describes the three lines by their drawing, not by colour', () => {
    expect(MAP_LINES.map((l) => l.id)).toEqual(['mdl', 'dmz', 'nll']);
    for (const line of MAP_LINES) expect(line.drawn).not.toMatch(/red|blue|green|orange/i);
  });

  it('links places and lines by names the cross-references know', () => {
    const { index } = loadContentModel();
    const slug = (name: string) => {
      const found = resolveLink(index, { target: name });
      return found.ok ? found.target.slug : `unresolved: ${name}`;
    };
    expect(Object.fromEntries([...PLACES, ...MAP_LINES].filter((x) => x.link).map((x) => [x.id, slug(x.link!)]))).toEqual({
      kaesong: 'kaesong-industrial-complex',
      panmunjom: 'panmunjom',
      kumgang: 'mount-kumgang-tourist-region',
      yeonpyeong: 'cheonan-and-yeonpyeong',
      mdl: 'korean-demilitarized-zone',
      dmz: 'korean-demilitarized-zone',
      nll: 'northern-limit-line',
    });
  });

  it('cites a source for every place and gives each a Hangul name', () => {
    for (const p of PLACES) {
      expect(p.source, p.id).toMatch(/^https?:\/\//);
      expect(p.hangul, p.id).toMatch(/^[\uac00-\ud7af]+$/);
    }
  });
});
