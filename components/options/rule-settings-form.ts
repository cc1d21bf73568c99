/**
 * Rule settings ↔ form, and the partial the store keeps. The snapshot gives the merged settings
 * (packs + local) and the local partial, not the packs' own values, so a save keeps the local
 * partial and adds only what the admin changed against the merged settings; "reset" drops a local
 * entry to fall back to the packs.
 */
import { PLATFORMS, type Category, type Platform, type PlatformLimits, type RuleSetting, type RuleSettings, type Severity } from '../../lib/checks/types';
import type { PartialRuleSettings } from '../../lib/presets/types';
import { joinLines, parseCount, splitList } from './lists';
import { hasProblems, type Converted, type Problems } from './problems';

/** What the rule-settings screen needs to know about one rule of the registry. */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  description: { id: string; en: string };
  takesPhrases: boolean;
}

export interface RuleRow {
  enabled: boolean;
  severity: Severity;
  phrases: string;
}

export interface LimitsRow {
  captionLength: string;
  hashtags: string;
  mentions: string;
  foldAt: string;
  linksClickable: boolean;
}

export interface RuleSettingsForm {
  rules: Record<string, RuleRow>;
  limits: Record<Platform, LimitsRow>;
  prompt: { enabled: boolean; warnCategories: Category[] };
}

export const NULLABLE_LIMITS = ['hashtags', 'mentions', 'foldAt'] as const;

/** The local partial as the snapshot carries it; the store validated it when it was written. */
export function asPartial(value: Record<string, unknown> | undefined): PartialRuleSettings {
  return (value ?? {}) as PartialRuleSettings;
}

function resolved(settings: RuleSettings, rule: RuleInfo): Required<RuleSetting> {
  const setting = settings.rules[rule.id];
  return {
    enabled: setting?.enabled ?? true,
    severity: setting?.severity ?? rule.severity,
    phrases: setting?.phrases ?? [],
  };
}

const text = (value: number | null): string => (value === null ? '' : String(value));

export function settingsToForm(settings: RuleSettings, rules: readonly RuleInfo[]): RuleSettingsForm {
  const rows: Record<string, RuleRow> = {};
  for (const rule of rules) {
    const r = resolved(settings, rule);
    rows[rule.id] = { enabled: r.enabled, severity: r.severity, phrases: joinLines(r.phrases) };
  }
  const limits = {} as Record<Platform, LimitsRow>;
  for (const platform of PLATFORMS) {
    const l = settings.limits[platform];
    limits[platform] = {
      captionLength: String(l.captionLength),
      hashtags: text(l.hashtags),
      mentions: text(l.mentions),
      foldAt: text(l.foldAt),
      linksClickable: l.linksClickable,
    };
  }
  return { rules: rows, limits, prompt: { enabled: settings.prompt.enabled, warnCategories: [...settings.prompt.warnCategories] } };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function readLimits(row: LimitsRow, platform: Platform, problems: Problems): PlatformLimits | null {
  const captionLength = parseCount(row.captionLength);
  if (captionLength === undefined || Number.isNaN(captionLength) || captionLength < 1) {
    problems[`limits.${platform}.captionLength`] = { key: 'optErrCount' };
  }
  const limits: PlatformLimits = { captionLength: captionLength ?? 0, hashtags: null, mentions: null, foldAt: null, linksClickable: row.linksClickable };
  for (const key of NULLABLE_LIMITS) {
    const value = parseCount(row[key]);
    if (Number.isNaN(value)) problems[`limits.${platform}.${key}`] = { key: 'optErrCount' };
    else limits[key] = value ?? null;
  }
  return hasProblems(problems) ? null : limits;
}

function ruleChanges(form: RuleSettingsForm, settings: RuleSettings, rules: readonly RuleInfo[], into: Record<string, RuleSetting>): void {
  for (const rule of rules) {
    const row = form.rules[rule.id];
    if (!row) continue;
    const was = resolved(settings, rule);
    const change: RuleSetting = { ...into[rule.id] };
    if (row.enabled !== was.enabled) change.enabled = row.enabled;
    if (row.severity !== was.severity) change.severity = row.severity;
    const phrases = splitList(row.phrases);
    if (rule.takesPhrases && !sameList(phrases, was.phrases)) change.phrases = phrases;
    if (Object.keys(change).length) into[rule.id] = change;
  }
}

/** The new local partial: the old one plus what the form changed against the merged settings. */
export function formToPartial(
  form: RuleSettingsForm,
  settings: RuleSettings,
  local: PartialRuleSettings,
  rules: readonly RuleInfo[],
): Converted<PartialRuleSettings> {
  const problems: Problems = {};
  const next: PartialRuleSettings = structuredClone(local);
  const ruleSettings: Record<string, RuleSetting> = { ...next.rules };
  ruleChanges(form, settings, rules, ruleSettings);
  if (Object.keys(ruleSettings).length) next.rules = ruleSettings;

  const limits: NonNullable<PartialRuleSettings['limits']> = { ...next.limits };
  for (const platform of PLATFORMS) {
    const read = readLimits(form.limits[platform], platform, problems);
    if (!read) continue;
    const was = settings.limits[platform];
    const patch: Partial<PlatformLimits> = { ...limits[platform] };
    for (const key of Object.keys(read) as (keyof PlatformLimits)[]) {
      if (read[key] !== was[key]) Object.assign(patch, { [key]: read[key] });
    }
    if (Object.keys(patch).length) limits[platform] = patch;
  }
  if (hasProblems(problems)) return { ok: false, problems };
  if (Object.keys(limits).length) next.limits = limits;

  const prompt: Partial<RuleSettings['prompt']> = { ...next.prompt };
  if (form.prompt.enabled !== settings.prompt.enabled) prompt.enabled = form.prompt.enabled;
  if (!sameList(form.prompt.warnCategories, settings.prompt.warnCategories)) prompt.warnCategories = [...form.prompt.warnCategories];
  if (Object.keys(prompt).length) next.prompt = prompt;
  return { ok: true, item: next };
}

/** The local partial without one section, so the packs' (or default) values apply again. */
export function withoutLocal(
  local: PartialRuleSettings,
  target: { rule: string } | { platform: Platform } | { prompt: true },
): PartialRuleSettings {
  const next = structuredClone(local);
  if ('rule' in target && next.rules) {
    delete next.rules[target.rule];
    if (!Object.keys(next.rules).length) delete next.rules;
  }
  if ('platform' in target && next.limits) {
    delete next.limits[target.platform];
    if (!Object.keys(next.limits).length) delete next.limits;
  }
  if ('prompt' in target) delete next.prompt;
  return next;
}

/** Whether the admin overrides something of this rule / platform locally (shows "reset"). */
export function hasLocalRule(local: PartialRuleSettings, ruleId: string): boolean {
  return Object.hasOwn(local.rules ?? {}, ruleId);
}
export function hasLocalLimits(local: PartialRuleSettings, platform: Platform): boolean {
  return Object.hasOwn(local.limits ?? {}, platform);
}
