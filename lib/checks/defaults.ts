/**
 * Defaults for everything a preset may leave out. Limits come from ../shared/reference/platforms.md
 * and live here as data (not in rules) so a preset can change them the day a platform does.
 */
import type { CheckContext, Platform, PlatformLimits, RuleSettings } from './types';

export const DEFAULT_LIMITS: Readonly<Record<Platform, PlatformLimits>> = {
  // replyLength: comments and replies (Instagram 2,200, Facebook 8,000, TikTok 150; lettercounter.org
  // and charactercounterpro.com comparison tables, read 2026-12-01).
  instagram: { captionLength: 2200, hashtags: 5, mentions: 20, foldAt: 125, linksClickable: false, replyLength: 2200 },
  // TikTok shows about two lines under the video and expands in place; no fixed cut to warn about.
  tiktok: { captionLength: 4000, hashtags: 5, mentions: null, foldAt: null, linksClickable: false, replyLength: 150 },
  facebook: { captionLength: 63206, hashtags: null, mentions: null, foldAt: 477, linksClickable: true, replyLength: 8000 },
};

export const DEFAULT_SETTINGS: RuleSettings = {
  rules: {},
  limits: DEFAULT_LIMITS,
  prompt: { enabled: true, warnCategories: ['hoax', 'personal-data'] },
};

export interface PartialSettings {
  rules?: RuleSettings['rules'];
  limits?: Partial<Record<Platform, Partial<PlatformLimits>>>;
  prompt?: Partial<RuleSettings['prompt']>;
}

export type ContextInput = Partial<Omit<CheckContext, 'settings'>> & { settings?: PartialSettings };

function mergeLimits(partial: PartialSettings['limits']): Record<Platform, PlatformLimits> {
  if (partial === undefined) return DEFAULT_LIMITS;
  return {
    instagram: { ...DEFAULT_LIMITS.instagram, ...partial.instagram },
    tiktok: { ...DEFAULT_LIMITS.tiktok, ...partial.tiktok },
    facebook: { ...DEFAULT_LIMITS.facebook, ...partial.facebook },
  };
}

/** Fills what a preset left out with the defaults. */
export function makeSettings(partial: PartialSettings | undefined): RuleSettings {
  if (partial === undefined) return DEFAULT_SETTINGS;
  return {
    rules: partial.rules ?? {},
    limits: mergeLimits(partial.limits),
    prompt: { ...DEFAULT_SETTINGS.prompt, ...partial.prompt },
  };
}

const EMPTY_GLOSSARY: CheckContext['glossary'] = [];

/**
 * A complete context from the parts a caller has. Call it when the preset changes, not on every
 * keystroke: compiled matchers are cached per glossary / settings / profile object.
 */
export function makeContext(partial: ContextInput = {}): CheckContext {
  const ctx: CheckContext = {
    platform: partial.platform ?? 'instagram',
    lang: partial.lang ?? 'id',
    glossary: partial.glossary ?? EMPTY_GLOSSARY,
    settings: makeSettings(partial.settings),
  };
  if (partial.profile !== undefined) ctx.profile = partial.profile;
  if (partial.surface !== undefined) ctx.surface = partial.surface;
  if (partial.allowedWords !== undefined) ctx.allowedWords = partial.allowedWords;
  if (partial.today !== undefined) ctx.today = partial.today;
  if (partial.claims !== undefined) ctx.claims = partial.claims;
  return ctx;
}
