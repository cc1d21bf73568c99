/**
 * Reads the parts of a preset pack the checks need: the first profile, the glossary and the rule
 * settings. The pack format belongs to lib/presets; this reader is deliberately loose and defensive
 * (unknown fields are ignored, wrong-typed ones dropped) so the CLI works with any version of it.
 */
import type { ContextInput, PartialSettings } from './defaults';
import {
  CLAIM_VERDICTS,
  PLATFORMS,
  SEVERITIES,
  type Claim,
  type ClaimVerdict,
  type GlossaryEntry,
  type OfficialContact,
  type PlatformLimits,
  type Profile,
  type RuleSetting,
  type Severity,
} from './types';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function readProfile(v: unknown): Profile | undefined {
  if (!isObj(v)) return undefined;
  const officialName = str(v.officialName);
  if (officialName === undefined) return undefined;
  const handles: Profile['handles'] = {};
  if (isObj(v.handles)) for (const p of PLATFORMS) { const h = str(v.handles[p]); if (h !== undefined) handles[p] = h; }
  const tags = isObj(v.hashtags) ? v.hashtags : {};
  const contacts: OfficialContact[] = [];
  if (Array.isArray(v.contacts)) {
    for (const c of v.contacts) {
      if (!isObj(c)) continue;
      const kind = str(c.kind);
      const value = str(c.value);
      if (value !== undefined && (kind === 'phone' || kind === 'whatsapp' || kind === 'email' || kind === 'web' || kind === 'address')) {
        contacts.push({ kind, value });
      }
    }
  }
  const profile: Profile = {
    id: str(v.id) ?? 'preset',
    officialName,
    shortNames: strings(v.shortNames),
    handles,
    hashtags: { required: strings(tags.required), recommended: strings(tags.recommended), forbidden: strings(tags.forbidden) },
    contacts,
    timeZone: v.timeZone === 'WITA' || v.timeZone === 'WIT' ? v.timeZone : 'WIB',
    allowedWords: strings(v.allowedWords),
  };
  const tagline = str(v.tagline);
  if (tagline !== undefined) profile.tagline = tagline;
  return profile;
}

function readGlossary(v: unknown): GlossaryEntry[] {
  if (!Array.isArray(v)) return [];
  const out: GlossaryEntry[] = [];
  for (const [i, e] of v.entries()) {
    if (!isObj(e)) continue;
    const preferred = str(e.preferred);
    if (preferred === undefined) continue;
    const entry: GlossaryEntry = { id: str(e.id) ?? `g${i}`, preferred, variants: strings(e.variants) };
    if (e.caseSensitive === true) entry.caseSensitive = true;
    const expires = str(e.expires);
    if (expires !== undefined) entry.expires = expires;
    if (isObj(e.note) && typeof e.note.id === 'string') entry.note = { id: e.note.id, ...(typeof e.note.en === 'string' ? { en: e.note.en } : {}) };
    out.push(entry);
  }
  return out;
}

function readRules(v: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!isObj(v)) return out;
  for (const [id, s] of Object.entries(v)) {
    if (!isObj(s)) continue;
    const setting: RuleSetting = {};
    if (typeof s.enabled === 'boolean') setting.enabled = s.enabled;
    if (SEVERITIES.includes(s.severity as Severity)) setting.severity = s.severity as Severity;
    if (Array.isArray(s.phrases)) setting.phrases = strings(s.phrases);
    out[id] = setting;
  }
  return out;
}

function readLimits(v: unknown): PartialSettings['limits'] {
  if (!isObj(v)) return undefined;
  const out: NonNullable<PartialSettings['limits']> = {};
  for (const p of PLATFORMS) {
    const l = v[p];
    if (!isObj(l)) continue;
    const limits: Partial<PlatformLimits> = {};
    if (typeof l.captionLength === 'number') limits.captionLength = l.captionLength;
    if (typeof l.hashtags === 'number' || l.hashtags === null) limits.hashtags = l.hashtags;
    if (typeof l.mentions === 'number' || l.mentions === null) limits.mentions = l.mentions;
    if (typeof l.foldAt === 'number' || l.foldAt === null) limits.foldAt = l.foldAt;
    if (typeof l.linksClickable === 'boolean') limits.linksClickable = l.linksClickable;
    out[p] = limits;
  }
  return out;
}

/** Debunked claims for hoax-claim; items without a claim text, verdict or fact-check URL are dropped. */
export function readClaims(v: unknown): Claim[] {
  if (!Array.isArray(v)) return [];
  const out: Claim[] = [];
  for (const [i, c] of v.entries()) {
    if (!isObj(c) || !isObj(c.claim) || !isObj(c.source)) continue;
    const text = str(c.claim.id);
    const verdict = str(c.verdict) as ClaimVerdict | undefined;
    const name = str(c.source.name);
    const url = str(c.source.url);
    if (text === undefined || name === undefined || url === undefined || verdict === undefined || !CLAIM_VERDICTS.includes(verdict)) continue;
    const claim: Claim = { id: str(c.id) ?? `c${i}`, claim: { id: text }, verdict, source: { name, url }, published: str(c.published) ?? '' };
    const en = str(c.claim.en);
    if (en !== undefined) claim.claim.en = en;
    const title = str(c.source.title);
    if (title !== undefined) claim.source.title = title;
    if (Array.isArray(c.keywords)) claim.keywords = strings(c.keywords);
    const expires = str(c.expires);
    if (expires !== undefined) claim.expires = expires;
    out.push(claim);
  }
  return out;
}

/** Context parts from a parsed pack; throws only when the document is not an object at all. */
export function contextFromPack(pack: unknown): Pick<ContextInput, 'profile' | 'glossary' | 'settings' | 'claims'> {
  if (!isObj(pack)) throw new TypeError('not a JSON object');
  const out: Pick<ContextInput, 'profile' | 'glossary' | 'settings' | 'claims'> = { glossary: readGlossary(pack.glossary) };
  const claims = readClaims(pack.claims);
  if (claims.length) out.claims = claims;
  const profile = Array.isArray(pack.profiles) ? readProfile(pack.profiles[0]) : undefined;
  if (profile !== undefined) out.profile = profile;
  const rs = pack.ruleSettings;
  if (isObj(rs)) {
    const settings: PartialSettings = { rules: readRules(rs.rules) };
    const limits = readLimits(rs.limits);
    if (limits !== undefined) settings.limits = limits;
    out.settings = settings;
  }
  return out;
}
