import { describe, expect, it } from 'vitest';
import { hasLockInside, itemLocks, lockOwner } from './locks';

const locked = {
  'profiles/pemkab/hashtags/required': 'Pack A (Diskominfo)',
  'glossary/covid': 'Pack B (Prov)',
  ruleSettings: 'Pack C (Kominfo)',
};

describe('lockOwner', () => {
  it('finds the exact path and its ancestors, not siblings or descendants', () => {
    expect(lockOwner(locked, 'profiles/pemkab/hashtags/required')).toBe('Pack A (Diskominfo)');
    expect(lockOwner(locked, 'profiles/pemkab/hashtags/forbidden')).toBeUndefined();
    expect(lockOwner(locked, 'profiles/pemkab')).toBeUndefined();
    expect(lockOwner(locked, 'glossary/covid/variants')).toBe('Pack B (Prov)');
    expect(lockOwner(locked, 'ruleSettings/limits/instagram/foldAt')).toBe('Pack C (Kominfo)');
    expect(lockOwner(locked, 'glossary/covidx')).toBeUndefined();
  });
  it('ignores inherited object keys', () => {
    expect(lockOwner({}, 'constructor')).toBeUndefined();
  });
  it('tells when something inside an item is locked', () => {
    expect(hasLockInside(locked, 'profiles/pemkab')).toBe(true);
    expect(hasLockInside(locked, 'profiles/other')).toBe(false);
  });
  it('binds to one item', () => {
    const lockOf = itemLocks(locked, 'profiles', 'pemkab');
    expect(lockOf('hashtags/required')).toBe('Pack A (Diskominfo)');
    expect(lockOf('tagline')).toBeUndefined();
  });
});
