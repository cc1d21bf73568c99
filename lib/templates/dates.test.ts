import { describe, expect, it } from 'vitest';
import {
  civilFromDayNumber,
  dayNumber,
  formatDate,
  formatTime,
  parseIsoDate,
  parseTime,
  resolveDate,
  todayIn,
} from './dates';
import type { CivilDate } from './dates';

const d = (iso: string): CivilDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};

describe('formatDate', () => {
  it.each([
    ['2024-03-19', 'Selasa, 19 Maret 2024'],
    ['2024-01-01', 'Senin, 1 Januari 2024'],
    ['2024-02-29', 'Kamis, 29 Februari 2024'],
    ['2023-12-31', 'Minggu, 31 Desember 2023'],
    ['2024-08-17', 'Sabtu, 17 Agustus 2024'],
    ['2000-02-29', 'Selasa, 29 Februari 2000'],
    ['1945-08-17', 'Jumat, 17 Agustus 1945'],
    ['2026-11-24', 'Selasa, 24 November 2026'],
    ['2025-06-06', 'Jumat, 6 Juni 2025'],
    ['2025-07-04', 'Jumat, 4 Juli 2025'],
    ['2025-10-01', 'Rabu, 1 Oktober 2025'],
    ['2025-09-30', 'Selasa, 30 September 2025'],
    ['2025-05-01', 'Kamis, 1 Mei 2025'],
    ['2025-04-30', 'Rabu, 30 April 2025'],
    ['2100-03-01', 'Senin, 1 Maret 2100'],
  ])('%s is %s', (iso, expected) => {
    expect(formatDate(d(iso))).toBe(expected);
  });

  it('has a date-only and a weekday-only form', () => {
    expect(formatDate(d('2024-03-19'), 'tanggal')).toBe('19 Maret 2024');
    expect(formatDate(d('2024-03-19'), 'hari')).toBe('Selasa');
  });
});

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-04-30', '2023-12-31'])('accepts %s', (iso) => {
    expect(parseIsoDate(iso)).not.toBeNull();
  });
  it.each(['2023-02-29', '1900-02-29', '2100-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-1-5', '19-03-2024', ''])(
    'rejects %s',
    (iso) => {
      expect(parseIsoDate(iso)).toBeNull();
    },
  );
});

describe('day numbers', () => {
  it('round-trip every day from 1899 to 2101 and agree with the JavaScript epoch', () => {
    const first = dayNumber({ year: 1899, month: 1, day: 1 });
    const last = dayNumber({ year: 2101, month: 12, day: 31 });
    const wrong: number[] = [];
    for (let n = first; n <= last; n++) {
      const date = civilFromDayNumber(n);
      // Date.UTC is plain proleptic Gregorian arithmetic, no time-zone data involved.
      if (dayNumber(date) !== n || Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 !== n) wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });
});

describe('todayIn: the calendar day in WIB, WITA and WIT', () => {
  it.each([
    // 16:30 UTC is 23:30 WIB, 00:30 WITA and 01:30 WIT: the date changes between zones.
    ['2024-03-19T16:30:00Z', 'WIB', '2024-03-19'],
    ['2024-03-19T16:30:00Z', 'WITA', '2024-03-20'],
    ['2024-03-19T16:30:00Z', 'WIT', '2024-03-20'],
    ['2024-03-19T15:30:00Z', 'WITA', '2024-03-19'],
    ['2024-03-19T14:59:59Z', 'WIT', '2024-03-19'],
    ['2024-03-19T15:00:00Z', 'WIT', '2024-03-20'],
    ['2023-12-31T17:00:00Z', 'WIB', '2024-01-01'],
    ['2023-12-31T16:59:59Z', 'WIB', '2023-12-31'],
    ['2024-02-28T17:00:00Z', 'WIB', '2024-02-29'],
  ] as const)('%s in %s is %s', (instant, zone, expected) => {
    const today = todayIn(new Date(instant), zone);
    expect(dayNumber(today)).toBe(dayNumber(d(expected)));
  });
});

describe('resolveDate: relative words resolve at render time', () => {
  const at = (iso: string) => new Date(`${iso}T03:00:00Z`); // 10.00 WIB
  it.each([
    ['hari ini', '2024-03-19', 'Selasa, 19 Maret 2024'],
    ['besok', '2024-03-19', 'Rabu, 20 Maret 2024'],
    ['lusa', '2024-03-19', 'Kamis, 21 Maret 2024'],
    ['kemarin', '2024-03-19', 'Senin, 18 Maret 2024'],
    ['Besok', '2023-12-31', 'Senin, 1 Januari 2024'],
    ['besok', '2024-02-28', 'Kamis, 29 Februari 2024'],
    ['besok', '2023-02-28', 'Rabu, 1 Maret 2023'],
    ['lusa', '2024-02-28', 'Jumat, 1 Maret 2024'],
    ['kemarin', '2024-03-01', 'Kamis, 29 Februari 2024'],
    ['  hari   ini ', '2024-01-31', 'Rabu, 31 Januari 2024'],
    ['2025-01-02', '2024-03-19', 'Kamis, 2 Januari 2025'],
  ])('"%s" on %s is %s', (value, today, expected) => {
    const date = resolveDate(value, at(today), 'WIB');
    expect(date && formatDate(date)).toBe(expected);
  });

  it('uses the profile zone: "besok" at 23.30 WIB is already two days ahead in WIT', () => {
    const now = new Date('2024-03-19T16:30:00Z');
    const wib = resolveDate('besok', now, 'WIB');
    const wit = resolveDate('besok', now, 'WIT');
    expect(wib && formatDate(wib)).toBe('Rabu, 20 Maret 2024');
    expect(wit && formatDate(wit)).toBe('Kamis, 21 Maret 2024');
  });

  it.each(['minggu depan', '19 Maret 2024', '2024-02-30', ''])('does not read "%s"', (value) => {
    expect(resolveDate(value, new Date(0), 'WIB')).toBeNull();
  });
});

describe('times', () => {
  it.each([
    ['08.00', 'WIB', '08.00 WIB'],
    ['8.05', 'WITA', '08.05 WITA'],
    ['13:30', 'WIT', '13.30 WIT'],
    ['00.00', 'WIB', '00.00 WIB'],
    ['23.59', 'WIB', '23.59 WIB'],
  ] as const)('%s in %s is %s', (value, zone, expected) => {
    const time = parseTime(value);
    expect(time && formatTime(time, zone)).toBe(expected);
  });

  it('leaves the zone off with the "jam" format, for ranges like 08.00–12.00 WIB', () => {
    const time = parseTime('8:00');
    expect(time && formatTime(time, 'WIB', 'jam')).toBe('08.00');
  });

  it.each(['24.00', '12.60', '8', '08.0', 'jam 8', '08.00 WIB'])('rejects %s', (value) => {
    expect(parseTime(value)).toBeNull();
  });
});
