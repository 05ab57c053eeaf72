import { describe, expect, it } from 'vitest';
import { buildTimeline, sameEvent, titleSimilarity, type TimelineEvent } from '../../../src/lib/timeline.ts';

describe('buildTimeline', () => {
  const events = [
    { date: '2018-04-27', title: 'Panmunjom summit', source: 'a' },
    { date: '1950-06-25', title: 'War begins', source: 'b' },
    { date: '1953', title: 'A year-only event', source: 'c' },
    { date: '1953-07-27', title: 'Armistice signed', source: 'd' },
    { date: '2024-01', title: 'Unification bodies abolished', source: 'e' },
  ];

  it('orders events by date across entries and groups them by era', () => {
    const eras = buildTimeline(events);
    expect(eras.map((e) => e.label)).toEqual(['Division and war', 'Summit diplomacy', 'Toward two hostile states']);
    expect(eras[0]!.events.map((e) => e.title)).toEqual(['War begins', 'A year-only event', 'Armistice signed']);
  });

  it('drops eras with no events', () => {
    expect(buildTimeline([events[0]!]).map((e) => e.id)).toEqual(['diplomacy']);
  });
});

describe('one event recorded by several entries', () => {
  const armistice = [
    { date: '1953-07-27', title: 'Armistice signed at Panmunjom; fighting stops at 10 p.m.', source: 'korean-war' },
    { date: '1953-07-27', title: 'Armistice signed at Panmunjom; ceasefire takes effect at 10 p.m.', source: 'armistice' },
    { date: '1953-07-27', title: 'Armistice creates the Military Demarcation Line and the Demilitarized Zone', source: 'dmz' },
    { date: '1953-07-27', title: 'An armistice halts the Korean War without a peace treaty', source: 'overview' },
  ];

  it('is listed once, linking every entry that records it, the most representative title first', () => {
    const [era] = buildTimeline(armistice);
    expect(era!.events).toHaveLength(1);
    expect(era!.events[0]!.sources).toHaveLength(4);
    expect(new Set(era!.events[0]!.sources)).toEqual(new Set(['korean-war', 'armistice', 'dmz', 'overview']));
    expect(era!.events[0]!.title).toMatch(/^Armistice signed at Panmunjom/);
  });

  it('never merges two records of one entry, and a third entry joins the record it is most like', () => {
    const day = [
      { date: '1996-09-18', title: 'A taxi driver reports a grounded submarine near Gangneung', source: 'gangneung' },
      { date: '1996-09-18', title: 'Eleven men from the submarine are found shot dead', source: 'gangneung' },
      { date: '1996-09-18', title: 'A North Korean submarine runs aground near Gangneung', source: 'kim-young-sam' },
    ];
    const listed = buildTimeline(day).flatMap((era) => era.events);
    expect(listed).toHaveLength(2);
    for (const event of listed) expect(new Set(event.sources).size).toBe(event.sources.length);
    expect(listed.find((e) => e.sources.length === 2)?.sources).toEqual(['gangneung', 'kim-young-sam'].sort());
  });

  it('joins records transitively: A like B and B like C make one event', () => {
    const chain = [
      { date: '2018-08-20', title: 'Separated families meet at Mount Kumgang for the first time since 2015', source: 'a' },
      { date: '2018-08-20', title: '21st round of face-to-face reunions at Mount Kumgang, the last to date', source: 'b' },
      { date: '2018-08-20', title: 'Separated families meet at Mount Kumgang, the first reunions since 2015', source: 'c' },
    ];
    const [era] = buildTimeline(chain);
    expect(era!.events.map((e) => e.sources.length)).toEqual([3]);
  });

  it('merges a record that names the other record’s entry, when told the entries’ names', () => {
    const kaesong: TimelineEvent<{ title: string }>[] = [
      {
        date: '2016-02-10',
        title: 'South Korea announces a complete shutdown after a nuclear test',
        source: { title: 'Kaesong Industrial Complex' },
      },
      {
        date: '2016-02-10',
        title: "Park Geun-hye's government halts operations at the Kaesong Industrial Complex",
        source: { title: 'South Korea' },
      },
    ];
    expect(sameEvent(kaesong[0]!, kaesong[1]!)).toBe(false);
    expect(sameEvent(kaesong[0]!, kaesong[1]!, { names: (s) => [s.title] })).toBe(true);
    const [era] = buildTimeline(kaesong, { names: (s) => [s.title] });
    expect(era!.events).toHaveLength(1);
  });

  it('keeps apart different events of one day, and events dated only to a month or a year', () => {
    const distinct = [
      { date: '2018-06-12', title: 'North Korea tests a cruise missile', source: 'a' },
      { date: '2018-06-12', title: 'South Korea holds local elections', source: 'b' },
      { date: '2020-06-16', title: 'Kim Yo-jong threatens to cut all contact', source: 'f' },
      { date: '2020-06-16', title: 'Kim Jong-un inspects a factory', source: 'g' },
      { date: '1994', title: 'North Korea and China withdraw from the Military Armistice Commission', source: 'c' },
      { date: '1994', title: 'North Korea withdraws from the Military Armistice Commission again', source: 'd' },
      { date: '2018-06-13', title: 'North Korea tests a cruise missile', source: 'e' },
    ];
    const events = buildTimeline(distinct).flatMap((era) => era.events);
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.sources.length === 1)).toBe(true);
  });
});

describe('titleSimilarity', () => {
  it('compares content words, ignoring case, accents, plurals and the words every event shares', () => {
    expect(titleSimilarity('Six-Party Talks resume', 'six-party talk resumes')).toEqual({ shared: 3, score: 1 });
    expect(titleSimilarity('Kim Yo-jong speaks', 'Kim Jong-un speaks').shared).toBe(1);
    expect(titleSimilarity('North Korea tests a missile', 'South Korea holds an election').shared).toBe(0);
    expect(titleSimilarity('Kaesŏng reopens', 'Kaesong reopens').score).toBe(1);
  });
});
