import { ruleName } from '../../../lib/checks/rule-names';
import { SEVERITIES, type Severity } from '../../../lib/checks/types';
import { t, uiLang } from '../../../lib/i18n';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../panel/labels';
import { CheckField, SelectField, TextField } from '../../shared/fields';
import type { RuleInfo, RuleRow } from '../rule-settings-form';

export function RuleRowView(p: {
  rule: RuleInfo;
  row: RuleRow;
  lockOf(field: string): string | undefined;
  hasLocal: boolean;
  onChange(patch: Partial<RuleRow>): void;
  onReset(): void;
}) {
  const { rule, row } = p;
  const lang = uiLang.value;
  return (
    <li class="rule card" data-rule-id={rule.id} data-category={rule.category}>
      <div class="rule__head">
        <h4>{ruleName(rule.id, lang)}</h4>
        <span class="badge">{t(CATEGORY_LABELS[rule.category])}</span>
      </div>
      <p>{lang === 'en' ? rule.description.en : rule.description.id}</p>
      <div class="rule__controls">
        <CheckField
          name={`rule-${rule.id}-enabled`}
          label={t('optRuleEnabled')}
          lockedBy={p.lockOf('enabled')}
          checked={row.enabled}
          onChange={(enabled) => p.onChange({ enabled })}
        />
        <SelectField<Severity>
          name={`rule-${rule.id}-severity`}
          label={t('optRuleSeverity')}
          lockedBy={p.lockOf('severity')}
          value={row.severity}
          options={SEVERITIES.map((s) => ({ value: s, label: t(SEVERITY_LABELS[s]) }))}
          onChange={(severity) => p.onChange({ severity })}
        />
        {p.hasLocal ? (
          <button type="button" data-action="reset-rule" aria-label={t('optResetNamed', ruleName(rule.id, lang))} onClick={p.onReset}>
            {t('optReset')}
          </button>
        ) : null}
      </div>
      {rule.takesPhrases ? (
        <TextField
          name={`rule-${rule.id}-phrases`}
          label={t('optRulePhrases')}
          hint={t('optRulePhrasesHint')}
          lockedBy={p.lockOf('phrases')}
          multiline
          rows={2}
          value={row.phrases}
          onInput={(phrases) => p.onChange({ phrases })}
        />
      ) : null}
    </li>
  );
}
