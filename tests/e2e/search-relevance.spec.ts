import { expect, test } from '@playwright/test';
import { sourceEntries } from './site.ts';

/**
 * What students type, and the entry that must come first. Acronyms, other spellings, Hangul, misspellings,
 * fragments and plain topic words; each row is a query a first-year student could plausibly write.
 */
const QUERIES: [query: string, first: string][] = [
  // Titles and plain topic words
  ['korean war', 'Korean War'],
  ['armistice', 'Korean Armistice Agreement'],
  ['sunshine policy', 'Sunshine Policy'],
  ['kaesong', 'Kaesong Industrial Complex'],
  ['mount kumgang', 'Mount Kumgang Tourist Region'],
  ['liaison office', 'Inter-Korean Liaison Office'],
  ['separated families', 'Separated families'],
  ['family reunions', 'Separated families'],
  ['six party talks', 'Six-Party Talks'],
  ['two hostile states', 'Two hostile states doctrine'],
  ['panmunjom declaration', 'Panmunjom Declaration'],
  ['inter-korean relations', 'North Korea–South Korea relations'],
  ['38th parallel', 'Division of Korea'],
  ['cheonan', 'Cheonan sinking and Yeonpyeong bombardment'],
  ['yeonpyeong shelling', 'Cheonan sinking and Yeonpyeong bombardment'],
  ['singapore summit', 'North Korea–United States summits'],
  ['hanoi summit', 'North Korea–United States summits'],
  ['2000 summit', 'Inter-Korean summits'],
  ['panel of experts', 'Sanctions against North Korea'],
  ['commission of inquiry', 'Human rights in North Korea'],
  ['political prison camps', 'Human rights in North Korea'],
  ['mutual defense treaty', 'United States–South Korea alliance'],
  ['comprehensive military agreement', 'September 2018 Pyongyang Joint Declaration'],
  ['yongbyon', "North Korea's nuclear program"],
  ['hwasong-17', "North Korea's missile program"],
  ['china north korea', 'China–North Korea relations'],
  ['trump', 'North Korea–United States summits'],
  // Acronyms
  ['DMZ', 'Korean Demilitarized Zone'],
  ['JSA', 'Panmunjom'],
  ['NLL', 'Northern Limit Line'],
  ['KIC', 'Kaesong Industrial Complex'],
  ['DPRK', 'North Korea'],
  ['ROK', 'South Korea'],
  ['ICBM', "North Korea's missile program"],
  ['USFK', 'United States–South Korea alliance'],
  ['UN sanctions', 'Sanctions against North Korea'],
  // Other spellings and romanizations
  ['demilitarised zone', 'Korean Demilitarized Zone'],
  ['Kaesŏng', 'Kaesong Industrial Complex'],
  ['Panmunjeom', 'Panmunjom'],
  ['kumgangsan', 'Mount Kumgang Tourist Region'],
  ['denuclearisation', "North Korea's nuclear program"],
  ['kim yo jong', 'Kim Yo-jong'],
  ['kim dae jung', 'Kim Dae-jung'],
  ['moon jae in', 'Moon Jae-in'],
  ['9.19 military agreement', 'September 2018 Pyongyang Joint Declaration'],
  // Hangul
  ['햇볕정책', 'Sunshine Policy'],
  ['개성공단', 'Kaesong Industrial Complex'],
  ['이재명', 'Lee Jae-myung'],
  ['김정은', 'Kim Jong-un'],
  ['판문점', 'Panmunjom'],
  ['이산가족', 'Separated families'],
  // Misspellings
  ['sunshine polcy', 'Sunshine Policy'],
  ['agreed framwork', 'Agreed Framework'],
  ['kim jung un', 'Kim Jong-un'],
  ['armistise', 'Korean Armistice Agreement'],
  ['kaesung industrial complex', 'Kaesong Industrial Complex'],
  ['demilitarized zon', 'Korean Demilitarized Zone'],
  ['sanctons', 'Sanctions against North Korea'],
  // People, agreements and places a student looks up by name, in the spellings they type
  ['kim il sung', 'Kim Il-sung'],
  ['Kim Jong Il', 'Kim Jong-il'],
  ['김정일', 'Kim Jong-il'],
  ['윤석열', 'Yoon Suk Yeol'],
  ['yoon suk-yeol', 'Yoon Suk Yeol'],
  ['roh moo hyun', 'Roh Moo-hyun'],
  ['KEDO', 'Korean Peninsula Energy Development Organization'],
  ['UNC', 'United Nations Command'],
  ['basic agreement', 'Inter-Korean Basic Agreement'],
  ['july 4 joint statement', 'July 4 South–North Joint Statement'],
  ['blue house raid', 'Blue House raid'],
  ['liaison office demolished', 'Inter-Korean Liaison Office'],
  // Misspellings in the first letters, which a prefix-sharded names index could never correct
  ['jaesong industrial complex', 'Kaesong Industrial Complex'],
  ['aesong', 'Kaesong Industrial Complex'],
  ['park guen hye', 'Park Geun-hye'],
];

test.describe('search relevance: the intended entry comes first', () => {
  for (const [query, title] of QUERIES) {
    test(`“${query}” → ${title}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('#search-results > li').first().locator('a.result-title')).toHaveText(title);
    });
  }
});

test('a corrected spelling says what it searched for, and offers the original', async ({ page }) => {
  await page.goto('/search/?q=sunshine%20polcy');
  const note = page.locator('#search-correction');
  await expect(note).toContainText('Showing results for Sunshine Policy');
  await note.getByRole('link', { name: 'sunshine polcy' }).click();
  await expect(page).toHaveURL(/exact=1/);
  await expect(note).toBeHidden();
});

test('every row expects an entry that exists, and the rows reach at least 40 different entries', () => {
  // A renamed entry should fail here, saying so, rather than only as a row that finds "another" first result.
  const titles = new Set(sourceEntries().map((e) => entryTitle(e.source)));
  expect(titles.size).toBeGreaterThan(70);
  const expected = new Set(QUERIES.map(([, title]) => title));
  expect([...expected].filter((title) => !titles.has(title))).toEqual([]);
  expect(expected.size).toBeGreaterThanOrEqual(40);
});

/** The title as the page shows it: the frontmatter value, without YAML quotes. */
function entryTitle(source: string): string {
  const raw = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? '';
  return /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
}
