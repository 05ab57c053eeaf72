import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline.ts';

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
