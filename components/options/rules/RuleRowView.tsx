import { useState } from 'preact/hooks';
import { ruleName } from '../../../lib/checks/rule-names';
import { SEVERITIES, type Severity } from '../../../lib/checks/types';
import type { PackSafetyChange } from '../../../lib/presets/safety';
import { localized, t, uiLang } from '../../../lib/i18n';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../panel/labels';
import { CheckField, SelectField, TextField } from '../../shared/fields';
import type { RuleInfo, RuleRow } from '../rule-settings-form';
import { safetyText } from './safety-text';

export function RuleRowView(p: {
  rule: RuleInfo;
  row: RuleRow;
  lockOf(field: string): string | undefined;
  hasLocal: boolean;
  onChange(patch: Partial<RuleRow>): void;
  onReset(): void;
  /** Set for a safety rule (personal data, hoax): what packs did to it. Switching it off asks first. */
  safety?: readonly PackSafetyChange[];
}) {
  const { rule, row } = p;
  const lang = uiLang.value;
  const [asking, setAsking] = useState(false);
  return (
    <li class="rule card" data-rule-id={rule.id} data-category={rule.category}>
      <div class="rule__head">
        <h4>{ruleName(rule.id, lang)}</h4>
        <span class="badge">{t(CATEGORY_LABELS[rule.category])}</span>
        {p.safety ? <span class="badge" data-saring="safety-rule">{t('optSafetyRule')}</span> : null}
      </div>
      {p.safety?.length ? (
        <ul class="hint" data-testid="safety-changes">
          {p.safety.map((change) => (
            <li key={`${change.packId}/${change.kind}`} data-pack-id={change.packId} data-kind={change.kind}>
              {t('optSafetyByPack', change.packName, safetyText(change))}
            </li>
          ))}
        </ul>
      ) : null}
      <p>{localized(rule.description, lang)}</p>
      <div class="rule__controls">
        <CheckField
          name={`rule-${rule.id}-enabled`}
          label={t('optRuleEnabled')}
          lockedBy={p.lockOf('enabled')}
          checked={row.enabled}
          onChange={(enabled) => {
            // Only the admin switches a safety rule off, on this device, and only after saying so.
            if (!enabled && p.safety) setAsking(true);
            else p.onChange({ enabled });
          }}
        />
        {asking ? (
          <span class="confirm" role="group" aria-label={t('optSafetyOffQuestion')} data-saring="safety-confirm">
            <span>{t('optSafetyOffQuestion')}</span>
            <button
              type="button"
              class="danger"
              data-action="confirm-safety-off"
              ref={(button) => button?.focus()}
              onClick={() => {
                setAsking(false);
                p.onChange({ enabled: false });
              }}
            >
              {t('optSafetyOffYes')}
            </button>
            <button type="button" data-action="cancel-safety-off" onClick={() => setAsking(false)}>{t('optSafetyOffNo')}</button>
          </span>
        ) : null}
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
