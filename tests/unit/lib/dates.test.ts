import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, parseIsoDate } from '../../../src/lib/dates.ts';

describe('dates', () => {
  it.each([
    ['1953-07-27', '27 July 1953'],
    ['1953-07', 'July 1953'],
    ['1953', '1953'],
  ])('formats %s as %s without inventing precision', (iso, text) => expect(formatDate(iso)).toBe(text));

  it.each(['2023-02-30', '2023-13-01', '1953-7-27', '27/07/1953', '', '2024-02-30'])('rejects %j', (bad) =>
    expect(parseIsoDate(bad)).toBeNull(),
  );

  it('accepts 29 February in a leap year only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
  });

  it('sorts a bare year before any month of it', () => {
    expect(['1953-07-27', '1953', '1950-06'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '1950-06',
      '1953',
      '1953-07-27',
    ]);
  });
});
