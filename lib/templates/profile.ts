import type { OfficialContact, Platform, Profile } from '../checks/types';
import type { ProfileVariable } from './ast';

const CONTACT_LABELS: Record<OfficialContact['kind'], string> = {
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  email: 'Surel',
  web: 'Laman',
  address: 'Alamat',
};

/** The text a profile variable stands for; empty when the profile lacks it. */
export function profileValue(
  variable: ProfileVariable,
  profile: Profile | undefined,
  platform: Platform,
  linksClickable: boolean,
): string {
  if (!profile) return '';
  switch (variable) {
    case 'nama':
      return str(profile.officialName);
    case 'singkatan':
      // Without a short name the official name is still correct, only longer.
      return str(list(profile.shortNames)[0]) || str(profile.officialName);
    case 'handle': {
      const handle = str(profile.handles?.[platform]).replace(/^@+/, '');
      return handle ? `@${handle}` : '';
    }
    case 'tagline':
      return str(profile.tagline);
    case 'tagar':
      return list(profile.hashtags?.required)
        .map((tag) => str(tag).replace(/^#+/, ''))
        .filter(Boolean)
        .map((tag) => `#${tag}`)
        .join(' ');
    case 'kontak':
      return list(profile.contacts)
        .filter((c): c is OfficialContact => Boolean(c) && typeof c.value === 'string' && c.value.trim() !== '')
        // Where captions cannot hold a working link, the web address belongs in the bio instead.
        .filter((c) => linksClickable || c.kind !== 'web')
        .map((c) => `${str(c.label?.id) || CONTACT_LABELS[c.kind] || 'Kontak'}: ${c.value.trim()}`)
        .join('\n');
    case 'footer':
      return str(profile.footer);
    case 'hotline': {
      // A reply names one number to reach: the WhatsApp line, else the phone line.
      const contacts = list(profile.contacts).filter((c): c is OfficialContact => Boolean(c) && typeof c.value === 'string' && c.value.trim() !== '');
      return str((contacts.find((c) => c.kind === 'whatsapp') ?? contacts.find((c) => c.kind === 'phone'))?.value);
    }
    case 'zona':
      return profile.timeZone === 'WITA' || profile.timeZone === 'WIT' ? profile.timeZone : 'WIB';
  }
}

// Profiles come from imported packs: tolerate missing or mistyped parts instead of throwing.
function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function list<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}
