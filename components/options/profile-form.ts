/**
 * Profile ↔ form. The form holds strings exactly as typed (lists one a line, hashtags as pasted) so
 * nothing jumps under the admin's cursor; conversion and validation happen on save.
 */
import { PLATFORMS, type InstitutionType, type OfficialContact, type Platform, type Profile, type TimeZoneName } from '../../lib/checks/types';
import { joinHashtags, joinLines, parseCount, splitHashtags, splitList } from './lists';
import { DATE_PATTERN, ID_PATTERN, hasProblems, type Converted, type Problems } from './problems';
import { NIP_PATTERN } from '../../lib/presets/schema';

export const TIME_ZONES: readonly TimeZoneName[] = ['WIB', 'WITA', 'WIT'];
export const CONTACT_KINDS: readonly OfficialContact['kind'][] = ['phone', 'whatsapp', 'email', 'web', 'address'];
export const HASHTAG_LISTS = ['required', 'recommended', 'forbidden'] as const;
export type HashtagList = (typeof HASHTAG_LISTS)[number];

export interface ContactRow {
  kind: OfficialContact['kind'];
  value: string;
  labelId: string;
  labelEn: string;
}

export interface ProfileForm {
  id: string;
  officialName: string;
  shortNames: string;
  handles: Record<Platform, string>;
  hashtags: Record<HashtagList, string>;
  tagline: string;
  footer: string;
  contacts: ContactRow[];
  timeZone: TimeZoneName;
  /** '' when the admin has not said what kind of institution this is. */
  institutionType: InstitutionType | '';
  allowedWords: string;
  favouriteTemplates: string[];
  defaultFor: Platform[];
  postsPerWeek: string;
  silentAfterDays: string;
  expires: string;
  /** The report's signature block and logo (the logo as a data: URL, '' for none). */
  signatoryName: string;
  signatoryNip: string;
  signatoryPosition: string;
  logo: string;
}

export function emptyProfileForm(id = ''): ProfileForm {
  return {
    id,
    officialName: '',
    shortNames: '',
    handles: { instagram: '', facebook: '', tiktok: '' },
    hashtags: { required: '', recommended: '', forbidden: '' },
    tagline: '',
    footer: '',
    contacts: [],
    timeZone: 'WIB',
    institutionType: '',
    allowedWords: '',
    favouriteTemplates: [],
    defaultFor: [],
    postsPerWeek: '',
    silentAfterDays: '',
    expires: '',
    signatoryName: '',
    signatoryNip: '',
    signatoryPosition: '',
    logo: '',
  };
}

export function profileToForm(p: Profile): ProfileForm {
  return {
    id: p.id,
    officialName: p.officialName,
    shortNames: joinLines(p.shortNames),
    handles: {
      instagram: p.handles.instagram ?? '',
      facebook: p.handles.facebook ?? '',
      tiktok: p.handles.tiktok ?? '',
    },
    hashtags: {
      required: joinHashtags(p.hashtags.required),
      recommended: joinHashtags(p.hashtags.recommended),
      forbidden: joinHashtags(p.hashtags.forbidden),
    },
    tagline: p.tagline ?? '',
    footer: p.footer ?? '',
    contacts: p.contacts.map((c) => ({ kind: c.kind, value: c.value, labelId: c.label?.id ?? '', labelEn: c.label?.en ?? '' })),
    timeZone: p.timeZone,
    institutionType: p.institutionType ?? '',
    allowedWords: joinLines(p.allowedWords),
    favouriteTemplates: [...(p.favouriteTemplates ?? [])],
    defaultFor: [...(p.defaultFor ?? [])],
    postsPerWeek: p.activity?.postsPerWeek === undefined ? '' : String(p.activity.postsPerWeek),
    silentAfterDays: p.activity?.silentAfterDays === undefined ? '' : String(p.activity.silentAfterDays),
    expires: p.expires ?? '',
    signatoryName: p.signatory?.name ?? '',
    signatoryNip: p.signatory?.nip ?? '',
    signatoryPosition: p.signatory?.position ?? '',
    logo: p.logo ?? '',
  };
}

// Instagram and TikTok allow letters, digits, dots and underscores; Facebook page names also
// allow hyphens. One pattern for all keeps the message simple.
const HANDLE = /^[A-Za-z0-9._-]{1,100}$/;
const HASHTAG = /^[\p{L}\p{N}_]{1,100}$/u;

function contactOf(row: ContactRow): OfficialContact {
  const contact: OfficialContact = { kind: row.kind, value: row.value.trim() };
  if (row.labelId.trim()) {
    contact.label = { id: row.labelId.trim() };
    if (row.labelEn.trim()) contact.label.en = row.labelEn.trim();
  }
  return contact;
}

function checkHashtags(form: ProfileForm, problems: Problems): Record<HashtagList, string[]> {
  const lists = {
    required: splitHashtags(form.hashtags.required),
    recommended: splitHashtags(form.hashtags.recommended),
    forbidden: splitHashtags(form.hashtags.forbidden),
  };
  for (const list of HASHTAG_LISTS) {
    const bad = lists[list].find((tag) => !HASHTAG.test(tag));
    if (bad !== undefined) problems[`hashtags.${list}`] = { key: 'optErrHashtag', subs: [bad] };
  }
  const forbidden = new Set(lists.forbidden.map((tag) => tag.toLowerCase()));
  const clash = [...lists.required, ...lists.recommended].find((tag) => forbidden.has(tag.toLowerCase()));
  if (clash !== undefined && !problems['hashtags.forbidden']) {
    problems['hashtags.forbidden'] = { key: 'optErrHashtagClash', subs: [clash] };
  }
  return lists;
}

function checkActivity(form: ProfileForm, problems: Problems): Profile['activity'] {
  const postsPerWeek = parseCount(form.postsPerWeek);
  const silentAfterDays = parseCount(form.silentAfterDays);
  if (Number.isNaN(postsPerWeek)) problems.postsPerWeek = { key: 'optErrCount' };
  if (Number.isNaN(silentAfterDays)) problems.silentAfterDays = { key: 'optErrCount' };
  const activity: NonNullable<Profile['activity']> = {};
  if (postsPerWeek !== undefined) activity.postsPerWeek = postsPerWeek;
  if (silentAfterDays !== undefined) activity.silentAfterDays = silentAfterDays;
  return Object.keys(activity).length ? activity : undefined;
}

/** The profile the form describes, or what is wrong with it (by form field name). */
export function formToProfile(form: ProfileForm): Converted<Profile> {
  const problems: Problems = {};
  if (!ID_PATTERN.test(form.id)) problems.id = { key: 'optErrId' };
  if (!form.officialName.trim()) problems.officialName = { key: 'optErrRequired' };
  const handles: Profile['handles'] = {};
  for (const platform of PLATFORMS) {
    const handle = form.handles[platform].trim().replace(/^@+/, '');
    if (!handle) continue;
    if (HANDLE.test(handle)) handles[platform] = handle;
    else problems[`handles.${platform}`] = { key: 'optErrHandle' };
  }
  const hashtags = checkHashtags(form, problems);
  form.contacts.forEach((row, index) => {
    if (!row.value.trim()) problems[`contacts.${index}.value`] = { key: 'optErrRequired' };
  });
  const activity = checkActivity(form, problems);
  if (form.expires && !DATE_PATTERN.test(form.expires)) problems.expires = { key: 'optErrDate' };
  const nip = form.signatoryNip.replace(/\s+/g, '');
  if (nip && !NIP_PATTERN.test(nip)) problems.signatoryNip = { key: 'optErrNip' };
  if ((nip || form.signatoryPosition.trim()) && !form.signatoryName.trim()) problems.signatoryName = { key: 'optErrRequired' };
  if (hasProblems(problems)) return { ok: false, problems };

  const profile: Profile = {
    id: form.id,
    officialName: form.officialName.trim(),
    shortNames: splitList(form.shortNames),
    handles,
    hashtags,
    contacts: form.contacts.map(contactOf),
    timeZone: form.timeZone,
    allowedWords: splitList(form.allowedWords),
  };
  if (form.tagline.trim()) profile.tagline = form.tagline.trim();
  // Footers are often several lines; keep inner line breaks, drop only outer blank space.
  if (form.footer.trim()) profile.footer = form.footer.trim();
  if (form.favouriteTemplates.length) profile.favouriteTemplates = [...form.favouriteTemplates];
  if (form.defaultFor.length) profile.defaultFor = PLATFORMS.filter((p) => form.defaultFor.includes(p));
  if (activity) profile.activity = activity;
  if (form.institutionType) profile.institutionType = form.institutionType;
  if (form.expires) profile.expires = form.expires;
  if (form.signatoryName.trim()) {
    profile.signatory = { name: form.signatoryName.trim() };
    if (nip) profile.signatory.nip = nip;
    if (form.signatoryPosition.trim()) profile.signatory.position = form.signatoryPosition.trim();
  }
  if (form.logo) profile.logo = form.logo;
  return { ok: true, item: profile };
}
