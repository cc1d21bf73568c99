import { describe, expect, it } from 'vitest';
import type { ProgressSummary } from '../practice/summary';
import { classCsv, classCsvFileName } from './class-csv';

const labels = {
  trainee: 'Peserta', date: 'Tanggal', clock: 'Jam (WIB)', exerciseId: 'ID latihan', exercise: 'Latihan', platform: 'Platform',
  score: 'Nilai', fixed: 'Diperbaiki', total: 'Masalah', hints: 'Petunjuk', seconds: 'Detik',
};

function summary(trainee: string, attempts: Array<{ at: number; exerciseId: string; score: number }>): ProgressSummary {
  return {
    format: 'saring-progress',
    version: 1,
    trainee,
    exportedAt: '2025-03-19T10:00:00.000Z',
    attempts: attempts.map((a, i) => ({ id: `${trainee}-${i}`, platform: 'instagram', found: 2, fixed: 2, total: 3, hintsUsed: 1, seconds: 95.4, ...a })),
  };
}

describe('class CSV', () => {
  it('one row per attempt with its date and time in the zone, trainees in order, oldest first', () => {
    // 2025-03-18 23:30 UTC is 06:30 on the 19th in WIB.
    const at = Date.UTC(2025, 2, 18, 23, 30);
    const csv = classCsv(
      [summary('Siti', [{ at: at + 3_600_000, exerciseId: 'latihan-b', score: 80 }, { at, exerciseId: 'latihan-a', score: 55 }]), summary('=Budi', [{ at, exerciseId: 'kelas-x', score: 100 }])],
      new Map([['latihan-a', 'Ejaan, "imbauan"'], ['latihan-b', 'Tagar']]),
      labels,
      'WIB',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Peserta,Tanggal,Jam (WIB),ID latihan,Latihan,Platform,Nilai,Diperbaiki,Masalah,Petunjuk,Detik',
      // A name that a spreadsheet would run as a formula is kept as text.
      "'=Budi,2025-03-19,06:30,kelas-x,,instagram,100,2,3,1,95",
      'Siti,2025-03-19,06:30,latihan-a,"Ejaan, ""imbauan""",instagram,55,2,3,1,95',
      'Siti,2025-03-19,07:30,latihan-b,Tagar,instagram,80,2,3,1,95',
    ]);
    expect(classCsv([], new Map(), labels, 'WIT').slice(1).trimEnd().split('\r\n')).toHaveLength(1);
    expect(classCsv([summary('A', [{ at, exerciseId: 'x', score: 1 }])], new Map(), labels, 'WIT')).toContain('2025-03-19,08:30');
  });

  it('names the file after the day in the zone', () => {
    expect(classCsvFileName(Date.UTC(2025, 2, 18, 20, 0), 'WIB')).toBe('saring-kelas-2025-03-19.csv');
    expect(classCsvFileName(Date.UTC(2025, 2, 18, 16, 0), 'WIB')).toBe('saring-kelas-2025-03-18.csv');
  });
});
