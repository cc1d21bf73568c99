import { ruleName as nameOf } from '../../lib/checks/rule-names';
import { uiLang } from '../../lib/i18n';

/** A check's readable name in the page's language (the id when a file names a rule this Saring does not know). */
export function ruleName(ruleId: string): string {
  return nameOf(ruleId, uiLang.value);
}
