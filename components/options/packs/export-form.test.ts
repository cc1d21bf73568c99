import { describe, expect, it } from 'vitest';
import { exportRequest, type ExportForm } from './export-form';

const form = (over: Partial<ExportForm> = {}): ExportForm => ({
  name: 'Paket Sleman',
  publisher: 'Diskominfo Sleman',
  selected: { profiles: ['sleman'], templates: [], glossary: ['covid'], exercises: [] },
  ruleSettings: false,
  locked: '',
  ...over,
});

describe('export request', () => {
  it('builds the request with trimmed names and locked paths', () => {
    expect(exportRequest(form({ name: ' Paket ', locked: 'profiles/sleman/hashtags/required\nglossary/*' }))).toEqual({
      ok: true,
      item: {
        name: 'Paket',
        publisher: 'Diskominfo Sleman',
        include: { profiles: ['sleman'], templates: [], glossary: ['covid'], exercises: [], ruleSettings: false },
        locked: ['profiles/sleman/hashtags/required', 'glossary/*'],
      },
    });
  });
  it('names what is missing or wrong', () => {
    const result = exportRequest(
      form({ name: '', publisher: ' ', selected: { profiles: [], templates: [], glossary: [], exercises: [] }, locked: 'profiles/x/nope' }),
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        name: { key: 'optErrRequired' },
        publisher: { key: 'optErrRequired' },
        locked: { key: 'optErrLockPath', subs: ['profiles/x/nope'] },
        selection: { key: 'optErrNothingSelected' },
      },
    });
  });
});

describe('locks chosen from a list', () => {
  it('offers, in words, only valid lock paths of what is selected', async () => {
    const { lockChoices } = await import('./export-form');
    const { lockPathProblem } = await import('../../../lib/presets/locks');
    const form = { name: 'x', publisher: 'y', selected: { profiles: ['kota'], templates: ['t1'], glossary: ['g1'], exercises: [] }, ruleSettings: true, locked: '' };
    const names = { profile: () => 'Pemkot', template: () => 'Jadwal', glossary: () => 'COVID-19', platform: (p: string) => p };
    const choices = lockChoices(form, names);
    expect(choices.map((c) => c.path)).toEqual([
      'profiles/kota/hashtags/required', 'profiles/kota/tagline', 'profiles/kota', 'templates/t1/body', 'glossary/*', 'glossary/g1',
      'ruleSettings', 'ruleSettings/prompt', 'ruleSettings/limits/instagram', 'ruleSettings/limits/facebook', 'ruleSettings/limits/tiktok',
    ]);
    for (const c of choices) expect(lockPathProblem(c.path), c.path).toBeNull();
    expect(lockChoices({ ...form, selected: { profiles: [], templates: [], glossary: [], exercises: [] }, ruleSettings: false }, names)).toEqual([]);
  });
});
