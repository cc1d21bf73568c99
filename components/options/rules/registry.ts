/** The registry as the rule-settings screen lists it. */
import { RULES, type Rule } from '../../../lib/checks';
import { ruleDescription } from '../../../lib/checks/rule-descriptions';
import type { RuleInfo } from '../rule-settings-form';

// The Rule contract has no flag for "takes extra phrases" yet; these are the rules that read
// `setting.phrases` (lib/checks/vocabulary/hoax.ts, rules/sara.ts, rules/election-neutrality.ts). A rule that
// declares `takesPhrases: true` itself is honoured too.
const PHRASE_RULES = new Set(['hoax-signs', 'sara', 'election-neutrality']);

export function ruleInfo(rule: Rule): RuleInfo {
  const declared = rule as Rule & { takesPhrases?: unknown };
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    description: ruleDescription(rule.id),
    takesPhrases: declared.takesPhrases === true || PHRASE_RULES.has(rule.id),
  };
}

export function registryRules(): RuleInfo[] {
  return RULES.map(ruleInfo);
}
