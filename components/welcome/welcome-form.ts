/**
 * The welcome page's form: what an admin types in their first minute, turned into a profile the
 * store validates like any other. Pure, so it is tested without a browser.
 */
import type { OfficialContact, Platform, Profile, TimeZoneName } from '../../lib/checks/types';
import type { MessageKey } from '../../lib/i18n/core';

export interface WelcomeValues {
  officialName: string;
  shortNames: string;
  instagram: string;
  facebook: string;
  tiktok: string;
  hashtags: string;
  tagline: string;
  phone: string;
  email: string;
  web: string;
  timeZone: TimeZoneName;
  /** The monthly report's signature block (optional). */
  signatoryName: string;
  signatoryNip: string;
  signatoryPosition: string;
}

export const EMPTY_WELCOME: WelcomeValues = {
  officialName: '',
  shortNames: '',
  instagram: '',
  facebook: '',
  tiktok: '',
  hashtags: '',
  tagline: '',
  phone: '',
  email: '',
  web: '',
  timeZone: 'WIB',
  signatoryName: '',
  signatoryNip: '',
  signatoryPosition: '',
};

export type WelcomeErrors = Partial<Record<keyof WelcomeValues, MessageKey>>;

const PLATFORMS: Platform[] = ['instagram', 'facebook', 'tiktok'];

/** "Diskominfo Sleman, Kominfo Sleman" → two names; empty pieces dropped, duplicates once. */
function list(text: string, split: RegExp): string[] {
  return [...new Set(text.split(split).map((part) => part.trim()).filter(Boolean))];
}

/** Handles as people paste them: "@diskominfo", "instagram.com/diskominfo/" → "diskominfo". */
export function cleanHandle(text: string): string {
  return text
    .trim()
    .replace(/^https?:\/\/(www\.)?[a-z.]+\.com\//i, '')
    .replace(/^@/, '')
    .replace(/\/+$/, '')
    .trim();
}

/** A stable id from the official name ("Dinas Kesehatan Kota Bogor" → "dinas-kesehatan-kota-bogor"). */
export function profileId(officialName: string): string {
  const slug = officialName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'instansi-saya';
}

export function welcomeErrors(values: WelcomeValues): WelcomeErrors {
  const errors: WelcomeErrors = {};
  if (values.officialName.trim().length < 3) errors.officialName = 'welErrName';
  for (const platform of PLATFORMS) {
    const handle = cleanHandle(values[platform]);
    if (handle && !/^[\p{L}\p{N}._-]{1,60}$/u.test(handle)) errors[platform] = 'welErrHandle';
  }
  if (list(values.hashtags, /[\s,]+/).some((tag) => !/^#?[\p{L}\p{N}_]+$/u.test(tag))) errors.hashtags = 'welErrHashtag';
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'welErrEmail';
  if (values.web.trim() && !/^https?:\/\/\S+\.\S+/.test(values.web.trim())) errors.web = 'welErrWeb';
  if (values.phone.trim() && !/^[+\d][\d\s().-]{2,}$/.test(values.phone.trim())) errors.phone = 'welErrPhone';
  const nip = values.signatoryNip.replace(/\s+/g, '');
  if (nip && !/^\d{18}$/.test(nip)) errors.signatoryNip = 'optErrNip';
  if ((nip || values.signatoryPosition.trim()) && !values.signatoryName.trim()) errors.signatoryName = 'optErrRequired';
  return errors;
}

export function welcomeProfile(values: WelcomeValues): Profile {
  const handles: Partial<Record<Platform, string>> = {};
  for (const platform of PLATFORMS) {
    const handle = cleanHandle(values[platform]);
    if (handle) handles[platform] = handle;
  }
  const contacts: OfficialContact[] = [];
  if (values.phone.trim()) contacts.push({ kind: 'phone', value: values.phone.trim() });
  if (values.email.trim()) contacts.push({ kind: 'email', value: values.email.trim() });
  if (values.web.trim()) contacts.push({ kind: 'web', value: values.web.trim() });
  const officialName = values.officialName.trim().replace(/\s+/g, ' ');
  const nip = values.signatoryNip.replace(/\s+/g, '');
  const signatory = values.signatoryName.trim()
    ? {
        signatory: {
          name: values.signatoryName.trim(),
          ...(nip ? { nip } : {}),
          ...(values.signatoryPosition.trim() ? { position: values.signatoryPosition.trim() } : {}),
        },
      }
    : {};
  return {
    id: profileId(officialName),
    officialName,
    shortNames: list(values.shortNames, /[,;\n]+/).filter((name) => name !== officialName),
    handles,
    hashtags: { required: list(values.hashtags, /[\s,]+/).map((tag) => tag.replace(/^#/, '')), recommended: [], forbidden: [] },
    ...(values.tagline.trim() ? { tagline: values.tagline.trim() } : {}),
    contacts,
    timeZone: values.timeZone,
    allowedWords: [],
    defaultFor: PLATFORMS,
    ...signatory,
  };
}
