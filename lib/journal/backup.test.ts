import { describe, expect, it } from 'vitest';
import type { UiSettings } from '../messaging/protocol';
import { BACKUP_FORMAT, makeBackup, parseBackup } from './backup';
import { entryFor, wib } from './testing';

const ui: UiSettings = {
  lang: 'id',
  activeProfiles: { instagram: 'kominfo' },
  panel: { collapsed: false, side: 'right', offsetY: 0 },
  journal: { fullCaption: false, reminders: true },
  tourSeen: true,
};
const progress = [{ id: 'p1', at: 1, exerciseId: 'ex', platform: 'tiktok' as const, score: 80, found: 4, fixed: 3, total: 5, hintsUsed: 1, seconds: 42.5 }];
const journal = [entryFor({ id: 'a', postedAt: wib('2026-11-02 08:00'), note: 'dicek Bu Sri' }), entryFor({ id: 'b', postedAt: wib('2026-11-03 08:00'), caption: 'Lengkap\nsekali' }), entryFor({ id: 'r', postedAt: wib('2026-11-03 09:00'), kind: 'reply' })];

const valid = () => JSON.parse(makeBackup({ journal, progress, ui, local: { profiles: [] } }, Date.UTC(2026, 10, 24)).text) as Record<string, unknown>;

describe('backup', () => {
  it('round-trips what it exports', () => {
    const { fileName, text } = makeBackup({ journal, progress, ui }, Date.UTC(2026, 10, 24));
    expect(fileName).toBe('saring-cadangan-2026-11-24.json');
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: true,
      backup: { format: BACKUP_FORMAT, version: 1, exportedAt: '2026-11-24T00:00:00.000Z', journal, progress, ui },
    });
  });

  it('keeps the local section for the store to validate', () => {
    const parsed = parseBackup(JSON.stringify(valid()));
    expect(parsed.ok && parsed.backup.local).toEqual({ profiles: [] });
  });

  const broken: Array<[string, (raw: Record<string, unknown>) => unknown, unknown]> = [
    ['not JSON', () => '{"format": ', { code: 'not-json' }],
    ['another file', () => ({ format: 'saring-pack', version: 1 }), { code: 'not-backup' }],
    ['an array', () => [], { code: 'not-backup' }],
    ['a newer version', (raw) => ({ ...raw, version: 2 }), { code: 'newer-version', version: 2 }],
    ['a journal entry without platform', (raw) => ({ ...raw, journal: [{ ...journal[0], platform: 'myspace' }] }), { code: 'invalid', path: 'journal.0.platform' }],
    ['a negative time', (raw) => ({ ...raw, journal: [{ ...journal[0], postedAt: -5 }] }), { code: 'invalid', path: 'journal.0.postedAt' }],
    ['duplicate ids', (raw) => ({ ...raw, journal: [journal[0], journal[0]] }), { code: 'invalid', path: 'journal' }],
    ['a score above 100', (raw) => ({ ...raw, progress: [{ ...progress[0], score: 101 }] }), { code: 'invalid', path: 'progress.0.score' }],
    ['no journal', (raw) => ({ ...raw, journal: undefined }), { code: 'invalid', path: 'journal' }],
    ['a bad language', (raw) => ({ ...raw, ui: { lang: 'fr' } }), { code: 'invalid', path: 'ui.lang' }],
  ];
  it.each(broken)('refuses %s', (_, mutate, problem) => {
    const changed = mutate(valid());
    const text = typeof changed === 'string' ? changed : JSON.stringify(changed);
    expect(parseBackup(text)).toEqual({ ok: false, problem });
  });
});
