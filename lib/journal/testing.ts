/** Builders for the journal's tests and bench (not used by the extension itself). */
import type { Profile } from '../checks/types';
import type { JournalEntry } from './types';

export function entryFor(overrides: Partial<JournalEntry> & Pick<JournalEntry, 'id' | 'postedAt'>): JournalEntry {
  return {
    platform: 'instagram',
    profileId: 'kominfo',
    templateId: null,
    purpose: null,
    findingsLeft: [],
    overridden: false,
    firstLine: 'Layanan KTP-el keliling',
    posted: true,
    ...overrides,
  };
}

export function profileFor(overrides: Partial<Profile> & Pick<Profile, 'id'>): Profile {
  return {
    officialName: `Dinas ${overrides.id}`,
    shortNames: [],
    handles: { instagram: overrides.id },
    hashtags: { required: [], recommended: [], forbidden: [] },
    contacts: [],
    timeZone: 'WIB',
    allowedWords: [],
    ...overrides,
  };
}

/** Epoch ms of a wall-clock time in WIB ("2026-11-24 08:00"). */
export function wib(stamp: string): number {
  return Date.parse(`${stamp.replace(' ', 'T')}:00+07:00`);
}
