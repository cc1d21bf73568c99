import { describe, expect, it } from 'vitest';
import { autosavePath, dueAutosave, previousMonth, readAutosave, safeFolder } from './autosave';
import { wib } from './testing';

describe('report autosave', () => {
  it('saves last month once, from the first day of the next', () => {
    const on = { enabled: true, folder: 'Saring', lastMonth: null };
    expect(dueAutosave(on, wib('2026-12-01 00:05'))).toEqual({ month: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    expect(dueAutosave({ ...on, lastMonth: '2026-11' }, wib('2026-12-20 10:00'))).toBeNull();
    expect(dueAutosave({ ...on, lastMonth: '2026-10' }, wib('2026-12-20 10:00'))?.month).toBe('2026-11');
    expect(dueAutosave({ ...on, enabled: false }, wib('2026-12-01 08:00'))).toBeNull();
  });

  it('knows January follows December and February is short', () => {
    expect(previousMonth(wib('2027-01-01 00:30'))).toEqual({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' });
    expect(previousMonth(wib('2028-03-02 08:00')).to).toBe('2028-02-29');
    // 23.30 on 31 January in UTC is already 1 February in WIB.
    expect(previousMonth(Date.parse('2027-01-31T23:30:00Z')).month).toBe('2027-01');
  });

  it('keeps the file inside Downloads: no "..", no absolute path, no hidden folder', () => {
    expect(safeFolder('Laporan Saring/2026')).toBe('Laporan Saring/2026');
    expect(safeFolder(' /Saring/ ')).toBe('Saring');
    expect(safeFolder('')).toBe('');
    expect(safeFolder('../Documents')).toBeNull();
    expect(safeFolder('a/../../b')).toBeNull();
    expect(safeFolder('.ssh')).toBeNull();
    expect(safeFolder('C:\\Windows')).toBeNull();
    expect(autosavePath({ enabled: true, folder: 'Saring', lastMonth: null }, 'x.json')).toBe('Saring/x.json');
  });

  it('reads odd stored values as "off"', () => {
    expect(readAutosave(undefined).enabled).toBe(false);
    expect(readAutosave({ enabled: true, folder: '../x' }).enabled).toBe(false);
    expect(readAutosave({ enabled: true, folder: 'Saring', lastMonth: 'soon' })).toEqual({ enabled: true, folder: 'Saring', lastMonth: null });
  });
});
