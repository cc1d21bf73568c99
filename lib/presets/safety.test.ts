import { describe, expect, it } from 'vitest';
import { RULES } from '../checks/rules';
import { check, makeContext } from '../checks';
import { samplePack } from './fixtures/sample-pack';
import { mergePacks } from './merge';
import { floorPackSettings, safetyRuleIds } from './safety';
import type { Pack } from './types';

const TODAY = '2026-02-01';
const NIK = 'Penerima: Budi, NIK 3404121205950001';

function packWith(rules: NonNullable<NonNullable<Pack['ruleSettings']>['rules']>, locked?: string[]): Pack {
  return { ...samplePack(), ruleSettings: { rules }, ...(locked ? { locked } : {}) };
}

describe('the safety floor', () => {
  it('covers every personal-data and hoax rule of the registry', () => {
    const ids = safetyRuleIds();
    expect(ids).toEqual(RULES.filter((r) => r.category === 'personal-data' || r.category === 'hoax').map((r) => r.id));
    expect(ids).toEqual(expect.arrayContaining(['personal-nik', 'personal-phone', 'personal-email', 'hoax-signs']));
  });

  it('a pack cannot switch a safety rule off: it keeps running and the refusal is named', () => {
    const merged = mergePacks([packWith({ 'personal-nik': { enabled: false }, 'hoax-signs': { enabled: false, severity: 'info' } })], {}, TODAY);
    expect(merged.ruleSettings.rules['personal-nik']?.enabled).not.toBe(false);
    expect(merged.ruleSettings.rules['hoax-signs']).toEqual({ severity: 'warning' });
    expect(merged.safety).toEqual([
      { ruleId: 'personal-nik', kind: 'off-refused', severity: 'error', packId: 'diskominfo-contoh', packName: 'Paket Diskominfo Kabupaten Contoh' },
      { ruleId: 'hoax-signs', kind: 'off-refused', severity: 'warning', packId: 'diskominfo-contoh', packName: 'Paket Diskominfo Kabupaten Contoh' },
    ]);
    const findings = check(NIK, makeContext({ settings: merged.ruleSettings }));
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toContain('personal-nik:error');
  });

  it('even a locked off is refused (the lock keeps the floored value)', () => {
    const merged = mergePacks([packWith({ 'personal-nik': { enabled: false } }, ['ruleSettings/rules/personal-nik'])], {}, TODAY);
    expect(check(NIK, makeContext({ settings: merged.ruleSettings })).some((f) => f.ruleId === 'personal-nik')).toBe(true);
  });

  it('a pack may turn a safety rule down to warning (named), not to info (raised)', () => {
    const merged = mergePacks([packWith({ 'personal-nik': { severity: 'warning' }, 'personal-phone': { severity: 'info' } })], {}, TODAY);
    expect(merged.ruleSettings.rules['personal-nik']?.severity).toBe('warning');
    expect(merged.ruleSettings.rules['personal-phone']?.severity).toBe('warning');
    expect(merged.safety.map((c) => `${c.ruleId}:${c.kind}:${c.severity}`)).toEqual(['personal-nik:lowered:warning', 'personal-phone:raised:warning']);
  });

  it('other rules are the pack’s to switch off, as before', () => {
    const merged = mergePacks([packWith({ spelling: { enabled: false }, sara: { severity: 'info' } })], {}, TODAY);
    expect(merged.ruleSettings.rules.spelling?.enabled).toBe(false);
    expect(merged.ruleSettings.rules.sara?.severity).toBe('info');
    expect(merged.safety).toEqual([]);
  });

  it('the admin can switch a safety rule off on this device (a local setting), whatever the packs say', () => {
    const merged = mergePacks([packWith({ 'personal-nik': { severity: 'error' } })], { ruleSettings: { rules: { 'personal-nik': { enabled: false } } } }, TODAY);
    expect(merged.ruleSettings.rules['personal-nik']?.enabled).toBe(false);
    expect(check(NIK, makeContext({ settings: merged.ruleSettings })).some((f) => f.ruleId === 'personal-nik')).toBe(false);
  });

  it('floorPackSettings leaves limits and prompt alone', () => {
    const settings = { rules: { 'personal-email': { enabled: false, phrases: [] } }, limits: { instagram: { hashtags: 3 } }, prompt: { enabled: false } };
    expect(floorPackSettings(settings).settings).toEqual({ rules: { 'personal-email': { phrases: [] } }, limits: { instagram: { hashtags: 3 } }, prompt: { enabled: false } });
  });
});
