import { PLATFORMS, type RuleSettings } from '../checks/types';
import type { PartialRuleSettings } from './types';

/** Lays a pack's or an admin's partial settings over full ones, field by field. */
export function applyRuleSettings(base: RuleSettings, over: PartialRuleSettings | undefined): RuleSettings {
  if (!over) return base;
  const rules = { ...base.rules };
  for (const [ruleId, setting] of Object.entries(over.rules ?? {})) {
    rules[ruleId] = { ...rules[ruleId], ...setting };
  }
  const limits = { ...base.limits };
  for (const platform of PLATFORMS) {
    const patch = over.limits?.[platform];
    if (patch) limits[platform] = { ...limits[platform], ...patch };
  }
  return { rules, limits, prompt: { ...base.prompt, ...over.prompt } };
}

/** Two partial settings as one (the second wins), still partial: what a local edit stores. */
export function combineRuleSettings(a: PartialRuleSettings | undefined, b: PartialRuleSettings): PartialRuleSettings {
  const rules = { ...a?.rules };
  for (const [ruleId, setting] of Object.entries(b.rules ?? {})) rules[ruleId] = { ...rules[ruleId], ...setting };
  const limits = { ...a?.limits };
  for (const platform of PLATFORMS) {
    const patch = b.limits?.[platform];
    if (patch) limits[platform] = { ...limits[platform], ...patch };
  }
  const out: PartialRuleSettings = {};
  if (Object.keys(rules).length) out.rules = rules;
  if (Object.keys(limits).length) out.limits = limits;
  if (a?.prompt || b.prompt) out.prompt = { ...a?.prompt, ...b.prompt };
  return out;
}
