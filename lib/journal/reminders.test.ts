import { describe, expect, it } from 'vitest';
import type { ActivityRow } from './types';
import { REMIND_EVERY_MS, dueReminders } from './reminders';

const NOW = Date.UTC(2026, 10, 24, 3);
const DAY = 86_400_000;
const row = (over: Partial<ActivityRow> = {}): ActivityRow => ({
  profileId: 'kominfo',
  profileName: 'Diskominfo',
  platform: 'facebook',
  lastPostAt: NOW - 10 * DAY,
  daysSinceLastPost: 10,
  monthCount: 0,
  monthTarget: 12,
  silent: true,
  ...over,
});
const profiles = [{ id: 'kominfo', activity: { silentAfterDays: 7 } }];

describe('dueReminders', () => {
  it('words the reminder in the admin language', () => {
    expect(dueReminders([row()], profiles, {}, NOW, 'id')).toEqual([
      { key: 'kominfo/facebook', title: 'Saring: Diskominfo belum mengunggah', message: 'Facebook: 10 hari tanpa unggahan (batas 7 hari).' },
    ]);
    expect(dueReminders([row({ lastPostAt: null, daysSinceLastPost: null })], profiles, {}, NOW, 'en')[0]?.message).toBe(
      'Facebook: no post recorded yet (limit 7 days).',
    );
  });

  it.each([
    ['never reminded', {}, 1],
    ['reminded yesterday', { 'kominfo/facebook': NOW - DAY }, 0],
    ['reminded a week ago', { 'kominfo/facebook': NOW - REMIND_EVERY_MS }, 1],
    ['reminded before the last post', { 'kominfo/facebook': NOW - 11 * DAY }, 1],
  ])('%s → %i notices', (_, log, count) => {
    expect(dueReminders([row()], profiles, log, NOW, 'id')).toHaveLength(count);
  });

  it('stays quiet for active profiles and profiles without a limit', () => {
    expect(dueReminders([row({ silent: false }), row({ profileId: 'other' })], profiles, {}, NOW, 'id')).toEqual([]);
  });
});
