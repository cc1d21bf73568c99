import { describe, expect, it } from 'vitest';
import { isExpired, isRealDate, todayOf, zoneOfLayers } from './dates';
import { mergePacks } from './merge';
import { samplePack } from './fixtures/sample-pack';

// 2026-03-31 18:30 UTC: 1 April 01.30 WIB, 02.30 WITA, 03.30 WIT; still 31 March in UTC.
const EVENING_UTC = Date.UTC(2026, 2, 31, 18, 30);

describe('pack dates in the admin zone', () => {
  it('today is the day in WIB/WITA/WIT, not in UTC', () => {
    expect(todayOf(EVENING_UTC)).toBe('2026-04-01');
    expect(todayOf(EVENING_UTC, 'WIT')).toBe('2026-04-01');
    expect(todayOf(Date.UTC(2026, 2, 31, 16, 30), 'WIB')).toBe('2026-03-31');
    expect(todayOf(Date.UTC(2026, 2, 31, 16, 30), 'WITA')).toBe('2026-04-01');
  });

  it('an item that expires on 31 March is gone at 01.30 WIB on 1 April', () => {
    expect(isExpired('2026-03-31', todayOf(EVENING_UTC, 'WIB'))).toBe(true);
    expect(isExpired('2026-03-31', todayOf(Date.UTC(2026, 2, 31, 16, 59), 'WIB'))).toBe(false);
  });

  it('the merge judges expiry on the day of the pack profile zone (WIB here), not UTC', () => {
    const pack = { ...samplePack(), glossary: [{ id: 'promo', preferred: 'Bulan Bakti', variants: ['bulan bakti'], expires: '2026-03-31' }] };
    expect(zoneOfLayers([pack])).toBe('WIB');
    const has = (now: number): boolean => mergePacks([pack], {}, todayOf(now, zoneOfLayers([pack]))).glossary.some((g) => g.id === 'promo');
    // 16.30 UTC is 23.30 WIB on the 31st: still valid. 17.30 UTC is 00.30 WIB on 1 April (UTC says the 31st): gone.
    expect(has(Date.UTC(2026, 2, 31, 16, 30))).toBe(true);
    expect(has(Date.UTC(2026, 2, 31, 17, 30))).toBe(false);
  });

  it('the zone comes from the admin own profile first, then the packs in order, else WIB', () => {
    expect(zoneOfLayers([])).toBe('WIB');
    expect(zoneOfLayers([{ profiles: [{ timeZone: 'WITA' }] }, { profiles: [{ timeZone: 'WIT' }] }])).toBe('WITA');
    expect(zoneOfLayers([{ profiles: [] }, { profiles: [{ timeZone: 'WIT' }] }])).toBe('WIT');
    expect(zoneOfLayers([{ profiles: [{ timeZone: 'WITA' }] }], { profiles: [{ timeZone: 'WIT' }] })).toBe('WIT');
  });

  it('real calendar days only', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(isRealDate('2026-04-30T10:00')).toBe(true);
    expect(isRealDate('26-04-30')).toBe(false);
  });
});
