/**
 * What the peninsula map shows besides Natural Earth's coastlines and boundary: the places, the Northern Limit
 * Line and the frame. Every coordinate is copied from the source named beside it; none is estimated from a map.
 * Longitude first, as in GeoJSON.
 */

export type LonLat = readonly [lon: number, lat: number];

/** Where a label may sit relative to its marker, in order of preference. */
export type LabelSide = 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw';

export interface Place {
  id: string;
  /** The English name used on the map and in the text alternative. */
  name: string;
  hangul: string;
  /** One line for the text alternative: what the place is, not what happened there. */
  role: string;
  kind: 'capital' | 'city' | 'site' | 'mountain' | 'island';
  at: LonLat;
  /** The page the coordinates were checked against. */
  source: string;
  /** Label sides to try, best first. */
  label: readonly LabelSide[];
  /** The label's lines on the map, where `name` in one line does not fit. */
  mapLabel?: readonly string[];
  /** The name the text alternative links by, as in a cross-reference ([[Kaesong]]); unlinked if no entry has it. */
  link?: string;
}

export const PLACES: readonly Place[] = [
  {
    id: 'seoul',
    name: 'Seoul',
    hangul: '서울',
    role: 'capital of South Korea',
    kind: 'capital',
    // 37°33′59.53″N 126°58′40.69″E (Seoul City Hall), the infobox of the Scots Wikipedia article "Seoul".
    at: [126.9779694, 37.5665361],
    source: 'https://sco.wikipedia.org/wiki/Seoul',
    label: ['e', 'se', 's', 'ne'],
  },
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    hangul: '평양',
    role: 'capital of North Korea',
    kind: 'capital',
    // Latitude 39.03385, longitude 125.75432 ("Quick Facts About Pyongyang").
    at: [125.75432, 39.03385],
    source: 'https://www.worldatlas.com/as/kp/where-is-north-korea.html',
    label: ['e', 'ne', 'se', 'n'],
  },
  {
    id: 'kaesong',
    name: 'Kaesong',
    hangul: '개성',
    role: 'North Korean city beside the Military Demarcation Line, home of the Kaesong Industrial Complex',
    kind: 'city',
    // 37°58′N 126°33′E, the infobox of a copy of Wikipedia's "Kaesong" article.
    at: [126.55, 37.967],
    source: 'http://mickopedia.org/mickify?topic=Kaesong',
    label: ['nw', 'w', 'n'],
    link: 'Kaesong',
  },
  {
    id: 'panmunjom',
    name: 'Panmunjom (JSA)',
    hangul: '판문점',
    role: 'the Joint Security Area on the Military Demarcation Line, where the armistice was signed and the two sides meet',
    kind: 'site',
    // 37°57′21″N 126°40′36″E, "Location" in a copy of Wikipedia's "Joint Security Area" article.
    at: [126.67667, 37.95583],
    source: 'http://piglix.com/piglix/Joint_Security_Area',
    label: ['se', 'e', 'ne'],
    link: 'Panmunjom',
  },
  {
    id: 'kumgang',
    name: 'Mount Kumgang',
    hangul: '금강산',
    role: 'mountain massif on the east coast of North Korea, visited by South Korean tourists from 1998 to 2008',
    kind: 'mountain',
    // 38°35′N 128°10′E (38.58° N, 128.17° E), a copy of Wikipedia's "Mount Kumgang" article.
    at: [128.17, 38.58],
    source: 'http://piglix.com/piglix/Geumgangsan',
    label: ['nw', 'w', 'n', 'ne', 'e'],
    link: 'Mount Kumgang',
  },
  {
    id: 'yeonpyeong',
    name: 'Yeonpyeong Island',
    hangul: '연평도',
    role: 'South Korean island group just south of the Northern Limit Line',
    kind: 'island',
    // 37°40′0″N 125°41′47″E, English Wikipedia, "Yeonpyeong Island".
    at: [125.69639, 37.66667],
    source: 'https://en.m.wikipedia.org/wiki/Yeonpyeong_Island',
    label: ['se', 's', 'sw'],
    mapLabel: ['Yeonpyeong', 'Island'],
    link: 'Yeonpyeong',
  },
  {
    id: 'baengnyeong',
    name: 'Baengnyeong Island',
    hangul: '백령도',
    role: "South Korea's westernmost island, just south of the Northern Limit Line",
    kind: 'island',
    // 37°58′N 124°39′E (37.967° N, 124.650° E), the infobox of a copy of Wikipedia's "Baengnyeongdo" article.
    at: [124.65, 37.967],
    source: 'https://n.global.ssl.fastly.net/Baekryeong_Isle',
    // West of the NLL's turn the sea is open; south and east the line runs close by.
    label: ['sw', 's', 'se', 'e', 'w'],
    mapLabel: ['Baengnyeong', 'Island'],
  },
];

/** Degrees, minutes and seconds as printed in a source ("37°42′45″") to decimal degrees. */
export function dms(text: string): number {
  const match = /^(\d+)°(\d+)′(?:(\d+(?:\.\d+)?)″)?$/.exec(text);
  if (!match) throw new Error(`not a D°M′S″ coordinate: ${text}`);
  const [, d, m, s = '0'] = match;
  return Number(d) + Number(m) / 60 + Number(s) / 3600;
}

/**
 * The Northern Limit Line as published: the UN Command never released the 1953 order, and no npm package carries
 * the line. These turning points, from the Han River estuary north-west to beyond Baengnyeong, are those listed
 * (numbered ① to ⑪, citing an unnamed footnote) in a Korean-language article; the ROK Navy describes the line as
 * "12 coordinates" from the Han River estuary without listing them. We therefore draw it dashed and call it
 * approximate everywhere it appears.
 */
export const NLL = {
  source: 'https://cafe.daum.net/_c21_/bbs_read?datanum=150&fldid=G47c&grpid=QUtO',
  sourceTitle: '서해 북방한계선 (The Northern Limits Line: NLL)이란 무엇인가?',
  corroboration: 'http://wsph.navy.mil.kr/wsph/pages/kr/history/NLL.html',
  approximate: true,
  points: [
    ['37°42′45″', '126°06′40″'], // ①
    ['37°39′30″', '126°01′00″'], // ②
    // ③ is printed as 37°42′53″N 126°45′00″E, east of ① and inland, so the longitude is misprinted; the point
    // is left out rather than guessed. At this map's scale the line moves by less than 3 px.
    ['37°41′30″', '125°41′42″'], // ④
    ['37°41′25″', '125°40′00″'], // ⑤
    ['37°40′55″', '125°31′00″'], // ⑥
    ['37°35′00″', '125°14′40″'], // ⑦
    ['37°38′15″', '125°02′50″'], // ⑧
    ['37°46′00″', '124°52′00″'], // ⑨
    ['38°00′00″', '124°51′00″'], // ⑩
    ['38°03′00″', '124°38′00″'], // ⑪
  ].map(([lat, lon]) => [dms(lon!), dms(lat!)] as LonLat),
} as const;

/** The Armistice Agreement (Article I, paragraph 1) sets each side back 2 km from the MDL. */
export const DMZ_HALF_WIDTH_KM = 2;

/** The main map's extent: all seven places and both lines, with room for labels. */
export const FRAME = { west: 124.0, east: 129.7, south: 37.0, north: 40.05 } as const;

/** The locator inset's extent: the whole peninsula. */
export const PENINSULA = { west: 124.1, east: 130.8, south: 33.1, north: 43.05 } as const;

/** ISO 3166 numeric codes, as world-atlas uses them for its `id`s. */
export const NORTH_KOREA = '408';
export const SOUTH_KOREA = '410';
