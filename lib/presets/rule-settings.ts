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
