/**
 * The contracts every layer shares. They live in the lowest layer (checks) because rules need them
 * and a layer may only import from the layers below it (see ../shared/DESIGN.md).
 */

export const PLATFORMS = ['instagram', 'facebook', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in both UI languages; Indonesian is required, English falls back to it. */
export interface LocalizedText {
  id: string;
  en?: string;
}

export const CATEGORIES = [
  'hashtag',
  'branding',
  'spelling',
  'hoax',
  'personal-data',
  'sensitive',
  'length',
  'link',
  'mention',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface FindingLink {
  label: string;
  url: string;
}

/** What every rule returns. Offsets are UTF-16 code units into the caption. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** In the language asked for in the context. */
  message: string;
  explanation?: string;
  /** The rule or guideline it comes from, e.g. "UU 27/2022 PDP". */
  reference?: string;
  /** Replacement strings for [start, end); the first is the one "fix" applies. */
  suggestions?: string[];
  /** True when the first suggestion can be applied by "fix all" without a human reading it. */
  safe?: boolean;
  /** Fact-check and guidance links (hoax signs, personal data). */
  links?: FindingLink[];
  /** The published fact-check behind a finding (hoax-claim): shown in the prompt before posting. */
  evidence?: ClaimEvidence;
}

/** How a fact-checker rated a claim (the labels Komdigi and Mafindo use). */
export const CLAIM_VERDICTS = ['hoaks', 'salah', 'disinformasi', 'menyesatkan', 'penipuan'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/** A debunked claim as a pack lists it: what circulates, the verdict and the fact-check. */
export interface Claim {
  id: string;
  /** One sentence stating the false claim as it circulates. */
  claim: LocalizedText;
  verdict: ClaimVerdict;
  /** The fact-check: who published it, where, and optionally its title. */
  source: { name: string; url: string; title?: string };
  /** YYYY-MM-DD the fact-check was published. */
  published: string;
  /** Words that must weigh more when matching (names, places, numbers). */
  keywords?: string[];
  expires?: string;
}

export interface ClaimEvidence {
  claimId: string;
  claim: string;
  verdict: ClaimVerdict;
  title: string;
  source: string;
  url: string;
  published: string;
}

export type TimeZoneName = 'WIB' | 'WITA' | 'WIT';

/** Kinds of institution a kabupaten's coordinator sorts accounts by (OPD = perangkat daerah). */
export const INSTITUTION_TYPES = ['opd', 'kecamatan', 'desa', 'kelurahan', 'bumd', 'lainnya'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export interface OfficialContact {
  kind: 'phone' | 'whatsapp' | 'email' | 'web' | 'address';
  value: string;
  label?: LocalizedText;
}

/** An institution's account: what its posts must say and how. */
export interface Profile {
  id: string;
  officialName: string;
  /** Short names (e.g. "Diskominfo Sleman") that need the official name on first use. */
  shortNames: string[];
  /** Handles without the leading @, per platform. */
  handles: Partial<Record<Platform, string>>;
  /** Hashtags without the leading #. */
  hashtags: { required: string[]; recommended: string[]; forbidden: string[] };
  tagline?: string;
  footer?: string;
  contacts: OfficialContact[];
  timeZone: TimeZoneName;
  /** Words the spelling and branding rules must accept (names, local terms). */
  allowedWords: string[];
  /** Template ids shown first in the picker. */
  favouriteTemplates?: string[];
  /** Platforms on which this is the default profile. */
  defaultFor?: Platform[];
  /** Activity target and reminder threshold for the journal. */
  activity?: { postsPerWeek?: number; silentAfterDays?: number };
  /** What kind of institution this is, for the Diskominfo's coordinator view. */
  institutionType?: InstitutionType;
  /** ISO date (YYYY-MM-DD) after which the item is ignored. */
  expires?: string;
  /** The institution's logo for the monthly report's header: a PNG, JPEG or WebP data: URL (kept on this device). */
  logo?: string;
  /** Who signs the monthly report for the head of office (nama, NIP, jabatan). */
  signatory?: Signatory;
}

export interface Signatory {
  name: string;
  /** Nomor Induk Pegawai: 18 digits. */
  nip?: string;
  /** Jabatan, e.g. "Kepala Bidang Informasi dan Komunikasi Publik". */
  position?: string;
}

/** A preferred term and the wrong ways people write it. */
export interface GlossaryEntry {
  id: string;
  preferred: string;
  variants: string[];
  /** When true, a variant only matches with the exact case given (e.g. "PemKab"). */
  caseSensitive?: boolean;
  note?: LocalizedText;
  expires?: string;
}

export interface PlatformLimits {
  /** Caption length in UTF-16 code units. */
  captionLength: number;
  /** Hashtags per post; null means no limit. */
  hashtags: number | null;
  /** @-mentions per post; null means no limit. */
  mentions: number | null;
  /** Characters shown before the "… more" / "See more" cut; null when the platform shows all. */
  foldAt: number | null;
  /** Whether URLs in captions become links. */
  linksClickable: boolean;
  /** Comment and reply length in UTF-16 code units (Saring's defaults when a preset leaves it out). */
  replyLength?: number;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** Extra phrases a rule should also look for (escaped, never compiled as raw patterns). */
  phrases?: string[];
}

export interface RuleSettings {
  rules: Record<string, RuleSetting>;
  limits: Record<Platform, PlatformLimits>;
  /** When the prompt before posting appears. */
  prompt: {
    enabled: boolean;
    /** Categories whose warnings also trigger the prompt (errors always do). */
    warnCategories: Category[];
  };
}

/** What is being written: a post's caption, or a comment / reply under a post. */
export const SURFACES = ['post', 'reply'] as const;
export type Surface = (typeof SURFACES)[number];

export interface CheckContext {
  platform: Platform;
  /** Defaults to 'post'; replies skip the rules that only make sense for a caption. */
  surface?: Surface;
  lang: Lang;
  profile?: Profile;
  glossary: GlossaryEntry[];
  settings: RuleSettings;
  /** Extra words allowed for this check (e.g. "add to allowed list" from the panel). */
  allowedWords?: string[];
  /**
   * "Today" for expiry decisions, as YYYY-MM-DD in the admin's zone (lib/presets todayOf). Without
   * it the glossary is taken as given: the merge that built it already left out expired entries.
   */
  today?: string;
  /** Debunked claims from the preset (hoax-claim); the matcher's index is cached per array. */
  claims?: readonly Claim[];
}
