import { describe, expect, it } from 'vitest';
import { civilAt, monthBounds, monthKeyOf, stampIn, weekOfMonth, widenedEnd, widenedStart } from './time';

const at = (iso: string) => Date.parse(iso);

describe('journal time', () => {
  it.each([
    ['2026-11-30T17:30:00Z', 'WIB', '2026-12'],
    ['2026-11-30T16:30:00Z', 'WIB', '2026-11'],
    ['2026-11-30T15:30:00Z', 'WIT', '2026-12'],
    ['2026-11-30T15:30:00Z', 'WITA', '2026-11'],
  ] as const)('%s is in month %s→%s', (iso, zone, month) => {
    expect(monthKeyOf(civilAt(at(iso), zone))).toBe(month);
  });

  it.each([
    [1, 1], [7, 1], [8, 2], [28, 4], [29, 5], [31, 5],
  ])('day %i is week %i', (day, week) => {
    expect(weekOfMonth(day)).toBe(week);
  });

  it.each([
    ['2026-02', { from: '2026-02-01', to: '2026-02-28', days: 28 }],
    ['2028-02', { from: '2028-02-01', to: '2028-02-29', days: 29 }],
    ['2026-13', null],
    ['nope', null],
  ] as const)('bounds of %s', (key, bounds) => {
    expect(monthBounds(key)).toEqual(bounds);
  });

  it('stamps a time in the profile zone', () => {
    expect(stampIn(at('2026-11-24T01:05:00Z'), 'WIB')).toBe('2026-11-24 08:05');
    expect(stampIn(at('2026-11-24T23:59:00Z'), 'WIT')).toBe('2026-11-25 08:59');
  });

  it('widens a day so every zone is covered', () => {
    const day = '2026-11-24';
    expect(widenedStart(day)).toBeLessThanOrEqual(Date.parse('2026-11-24T00:00:00+09:00'));
    expect(widenedEnd(day)).toBeGreaterThan(Date.parse('2026-11-24T23:59:59+07:00'));
  });
});
