/**
 * The safety floor: the personal-data and hoax rules protect citizens, so a pack (which a whole
 * province may subscribe to) can turn them down only to `warning`, never off or to `info`. What a
 * pack asks beyond that is refused and named: in the import preview and on the options page.
 * Only the admin can switch a safety rule off, on their own device (a local setting).
 */
import { RULES } from '../checks/rules';
import type { Category, RuleSetting, Severity } from '../checks/types';
import type { PartialRuleSettings } from './types';

export const SAFETY_CATEGORIES: readonly Category[] = ['personal-data', 'hoax'];

/** The lowest severity a pack may give a safety rule. */
export const SAFETY_FLOOR: Severity = 'warning';

/** Every rule of the registry in a safety category (new hoax or personal-data rules join by category). */
export function safetyRuleIds(): string[] {
  return RULES.filter((rule) => SAFETY_CATEGORIES.includes(rule.category)).map((rule) => rule.id);
}

export function isSafetyRule(ruleId: string): boolean {
  return safetyRuleIds().includes(ruleId);
}

/**
 * `off-refused`: the pack switched the rule off, it stays on. `raised`: the pack asked `info`, it is
 * `warning`. `lowered`: the pack turned it down to `warning`, which it may.
 */
export type SafetyChangeKind = 'off-refused' | 'raised' | 'lowered';

export interface SafetyChange {
  ruleId: string;
  kind: SafetyChangeKind;
  /** The severity the rule has after the floor (from this pack). */
  severity: Severity;
}

/** A pack's change of a safety rule, for the options page ("which pack changed which safety rule"). */
export interface PackSafetyChange extends SafetyChange {
  packId: string;
  packName: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The pack's rule settings with the floor applied, and what the floor changed or allowed. */
export function floorPackSettings(settings: PartialRuleSettings | undefined): { settings: PartialRuleSettings | undefined; changes: SafetyChange[] } {
  if (!settings?.rules) return { settings, changes: [] };
  const changes: SafetyChange[] = [];
  const rules: Record<string, RuleSetting> = {};
  for (const [ruleId, setting] of Object.entries(settings.rules)) {
    const rule = RULES.find((r) => r.id === ruleId);
    if (rule === undefined || !SAFETY_CATEGORIES.includes(rule.category)) {
      rules[ruleId] = setting;
      continue;
    }
    const floored: RuleSetting = { ...setting };
    const asked = setting.severity ?? rule.severity;
    const severity = RANK[asked] > RANK[SAFETY_FLOOR] ? SAFETY_FLOOR : asked;
    if (setting.severity !== undefined) floored.severity = severity;
    if (setting.enabled === false) {
      delete floored.enabled;
      changes.push({ ruleId, kind: 'off-refused', severity });
    } else if (severity !== asked) changes.push({ ruleId, kind: 'raised', severity });
    else if (RANK[severity] > RANK[rule.severity]) changes.push({ ruleId, kind: 'lowered', severity });
    rules[ruleId] = floored;
  }
  return { settings: { ...settings, rules }, changes };
}
