import { translate, uiLang, type MessageKey } from '../../lib/i18n';

/**
 * A check's readable name from the catalogs (`ruleName_<id>`), the id itself when a file names a
 * rule this Saring does not know (a newer pack's rule).
 */
export function ruleName(ruleId: string): string {
  const key = `ruleName_${ruleId.replace(/-/g, '_')}` as MessageKey;
  const text = translate(uiLang.value, key);
  return text === key ? ruleId : text;
}
