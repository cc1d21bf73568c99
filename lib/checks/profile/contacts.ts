/** The profile's declared official contacts, normalised for comparison with what the admin typed. */
import { PATTERNS } from '../scan/patterns';
import type { Profile } from '../types';

/** 0812…, 62812…, +62 812-… all become 0812…. */
export function phoneKey(typed: string): string {
  const digits = typed.replace(PATTERNS.nonDigit, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

export interface OfficialContacts {
  phones: ReadonlySet<string>;
  emails: ReadonlySet<string>;
}

const cache = new WeakMap<Profile, OfficialContacts>();
const NONE: OfficialContacts = { phones: new Set(), emails: new Set() };

export function officialContacts(profile: Profile | undefined): OfficialContacts {
  if (profile === undefined) return NONE;
  let found = cache.get(profile);
  if (found === undefined) {
    const phones = new Set<string>();
    const emails = new Set<string>();
    for (const c of profile.contacts) {
      if (c.kind === 'phone' || c.kind === 'whatsapp') phones.add(phoneKey(c.value));
      if (c.kind === 'email') emails.add(c.value.trim().toLowerCase());
    }
    found = { phones, emails };
    cache.set(profile, found);
  }
  return found;
}
