/**
 * Rules whose data is too big for the content script (60 KB gzip for everything): the spelling list
 * of 1,500+ entries, the hunspell lexicon of 114,000 words and the rules that read them. The
 * registry lists them like any rule (README, options page, presets), but what they do is installed
 * only where the data may live: the background page, extension pages, the CLI and the tests import
 * `deep/install.ts`. In the content script the rule is an empty shell and the panel asks the
 * background for its findings (`checks:deep`, lib/messaging), a short debounce after typing, and
 * once more when Post is clicked before they are in (components/panel/guard.ts).
 */
import type { Draft, Rule, RuleInput } from './rule';

export type DeepRun = (input: RuleInput) => Draft[];

const impls = new Map<string, DeepRun>();

export function installDeepRules(runs: Record<string, DeepRun>): void {
  for (const [id, run] of Object.entries(runs)) impls.set(id, run);
}

/** True where the deep rules' data is loaded (everywhere but the content script). */
export function deepRulesInstalled(): boolean {
  return impls.size > 0;
}

/**
 * Whether this deep rule's work is installed here. A page may hold some deep rules and not others
 * (the side panel and the practice page load the word lists, but the claim index stays in the
 * background): a panel runs the installed ones itself and asks the background for the rest.
 */
export function deepRuleInstalled(id: string): boolean {
  return impls.has(id);
}

/** A registry entry whose work is installed by deep/install.ts. */
export function deepRule(def: Omit<Rule, 'run' | 'deep'>): Rule {
  return { ...def, deep: true, run: (input) => impls.get(def.id)?.(input) ?? [] };
}
