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
