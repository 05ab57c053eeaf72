import { describe, expect, it } from 'vitest';
import {
  bestEntry,
  containedName,
  matchNames,
  normalizeQuery,
  wordsFound,
  type SearchName,
} from '../../../src/lib/search-match.ts';

const names: SearchName[] = [
  { url: '/entries/sunshine-policy/', title: 'Sunshine Policy', names: ['Sunshine Policy', '햇볕정책'] },
  { url: '/entries/six-party-talks/', title: 'Six-Party Talks', names: ['Six-Party Talks', 'Agreed Framework', '6자회담'] },
  { url: '/entries/kim-jong-un/', title: 'Kim Jong-un', names: ['Kim Jong-un', 'Kim Jong Un', '김정은'] },
  { url: '/entries/kim-yo-jong/', title: 'Kim Yo-jong', names: ['Kim Yo-jong', '김여정'] },
  { url: '/entries/kim-dae-jung/', title: 'Kim Dae-jung', names: ['Kim Dae-jung', '김대중'] },
  {
    url: '/entries/kaesong/',
    title: 'Kaesong Industrial Complex',
    names: ['Kaesong Industrial Complex', 'KIC', 'Kaesŏng', '개성공단'],
  },
  { url: '/entries/dmz/', title: 'Korean Demilitarized Zone', names: ['Korean Demilitarized Zone', 'DMZ', 'Demilitarized Zone'] },
  { url: '/entries/north-korea/', title: 'North Korea', names: ['North Korea', 'DPRK'] },
  { url: '/entries/nk-nukes/', title: "North Korea's nuclear program", names: ["North Korea's nuclear program"] },
  { url: '/entries/cheonan/', title: 'Cheonan sinking', names: ['Cheonan sinking', "Ch'ŏnan"] },
  { url: '/entries/liaison/', title: 'Inter-Korean Liaison Office', names: ['Inter-Korean Liaison Office', 'Liaison office'] },
];

const first = (q: string) => bestEntry(matchNames(q, names))?.title;

describe('normalizeQuery', () => {
  it('drops case, diacritics and punctuation but keeps Hangul whole', () => {
    expect(normalizeQuery('  Kaesŏng, North-Korea’s ')).toBe('kaesong north koreas');
    expect(normalizeQuery('개성공단의')).toBe('개성공단의');
  });
});

describe('matching titles and aliases', () => {
  it.each([
    ['sunshine policy', 'Sunshine Policy'],
    ['DMZ', 'Korean Demilitarized Zone'],
    ['dmz', 'Korean Demilitarized Zone'],
    ['kaesong', 'Kaesong Industrial Complex'],
    ['Kaesŏng', 'Kaesong Industrial Complex'],
    ['개성공단', 'Kaesong Industrial Complex'],
    ['햇볕정책', 'Sunshine Policy'],
    ['agreed framework', 'Six-Party Talks'],
    ['dprk', 'North Korea'],
    ['north korea', 'North Korea'],
  ])('%s → %s (exact title or alias)', (q, title) => expect(first(q)).toBe(title));

  it.each([
    ['sunshine polcy', 'Sunshine Policy'],
    ['agreed framwork', 'Six-Party Talks'],
    ['kim jung un', 'Kim Jong-un'],
    ['demilitarised zone', 'Korean Demilitarized Zone'],
    ['kaesung', 'Kaesong Industrial Complex'],
  ])('%s → %s (corrected spelling)', (q, title) => {
    const best = bestEntry(matchNames(q, names));
    expect(best?.title).toBe(title);
    expect(best?.corrected).toBe(true);
  });

  it('leaves ambiguous prefixes to full-text ranking', () => {
    expect(first('kim')).toBeUndefined();
  });

  it('does not correct short words into other words', () => {
    expect(matchNames('kin', names)).toEqual([]);
  });
});

describe('corrections never turn one name into another', () => {
  it('does not correct a short word: "kim jong il" is not Kim Jong-un', () => {
    expect(bestEntry(matchNames('kim jong il', names))).toBeUndefined();
    expect(bestEntry(matchNames('kim jong ul', names))).toBeUndefined();
  });

  it('corrects words run together or apart, with one slip at most', () => {
    expect(bestEntry(matchNames('kimjongun', names))).toMatchObject({ title: 'Kim Jong-un', corrected: false });
    expect(bestEntry(matchNames('sunshinepolcy', names))).toMatchObject({ title: 'Sunshine Policy', corrected: true });
    expect(bestEntry(matchNames('kimjongil', names))).toBeUndefined();
  });

  it('finds the entry whose whole name the query contains, and only one', () => {
    expect(containedName('liaison office demolished', names)?.title).toBe('Inter-Korean Liaison Office');
    expect(containedName('sunshine policy critics', names)?.title).toBe('Sunshine Policy');
    expect(containedName('north korea sunshine policy', names)).toBeUndefined();
    expect(containedName('kim jong un kim dae jung', names)).toBeUndefined();
    expect(containedName('sunshine policy', names)).toBeUndefined();
  });
});

describe('whether the pages found hold the query as typed', () => {
  const pages = [
    'The Cheonan sank in 2010; studies followed.',
    'Families met at reunion events; the office was demolished in June under the armistice.',
  ];
  it.each([
    ['cheonan', true],
    ['family reunions', true],
    ['demolition office', false],
    ['agreed framwork', false],
    ['jaesong', false],
    ['Cheonan 2010', true],
    ['study', true],
    ['demolish', true],
    ['armistise', false],
    ['reunionist', false],
  ])('%s → %s', (q, found) => expect(wordsFound(q, pages)).toBe(found));
});
