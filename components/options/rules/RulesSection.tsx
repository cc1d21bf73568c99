import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../../lib/checks/types';
import { t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import type { PartialRuleSettings } from '../../../lib/presets/types';
import { CATEGORY_LABELS } from '../../panel/labels';
import { CheckField, CheckGroup, ErrorList, Section } from '../../shared/fields';
import { lockOwner } from '../locks';
import { hasProblems, type Problems } from '../problems';
import { asPartial, formToPartial, hasLocalLimits, hasLocalRule, settingsToForm, withoutLocal, type RuleInfo } from '../rule-settings-form';
import { useOptions, useSnapshot } from '../state';
import { SAFETY_CATEGORIES } from '../../../lib/presets/safety';
import { LimitsEditor } from './LimitsEditor';
import { RuleRowView } from './RuleRowView';

export function RulesSection({ rules }: { rules: readonly RuleInfo[] }) {
  const snapshot = useSnapshot();
  const { act } = useOptions();
  const settings = snapshot.effective.settings;
  const local = asPartial(snapshot.local.ruleSettings);
  const locked = snapshot.effective.locked;
  const [form, setForm] = useState(() => settingsToForm(settings, rules));
  const [problems, setProblems] = useState<Problems>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  // A save, a reset or another page's change of the merged settings shows here; a refresh that
  // changed nothing in them (another section saved) keeps what the admin is typing.
  const settingsKey = JSON.stringify(settings);
  useEffect(() => setForm(settingsToForm(settings, rules)), [settingsKey, rules]);

  const write = async (next: PartialRuleSettings) => {
    const result = await act('local:rule-settings', { settings: { ...next } }, t('optRulesSaved'));
    setErrors(result.ok ? [] : result.errors);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const converted = formToPartial(form, settings, local, rules);
    if (!converted.ok) {
      setProblems(converted.problems);
      return;
    }
    setProblems({});
    await write(converted.item);
  };

  const promptLock = (field: string) => lockOwner(locked, `ruleSettings/prompt/${field}`);
  return (
    <Section name="rules" title={t('optRulesTitle')}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <p class="hint">{t('optRulesHint')}</p>
        {hasProblems(problems) ? <p class="field-error" role="alert">{t('optFixProblems')}</p> : null}
        <fieldset class="card" data-testid="prompt-settings">
          <legend>{t('optPromptTitle')}</legend>
          <CheckField
            name="prompt-enabled"
            label={t('optPromptEnabled')}
            lockedBy={promptLock('enabled')}
            checked={form.prompt.enabled}
            onChange={(enabled) => setForm((f) => ({ ...f, prompt: { ...f.prompt, enabled } }))}
          />
          <CheckGroup<Category>
            name="prompt-warn-categories"
            label={t('optPromptCategories')}
            lockedBy={promptLock('warnCategories')}
            values={form.prompt.warnCategories}
            options={CATEGORIES.map((value) => ({ value, label: t(CATEGORY_LABELS[value]) }))}
            onChange={(warnCategories) => setForm((f) => ({ ...f, prompt: { ...f.prompt, warnCategories } }))}
          />
          {local.prompt ? (
            <button type="button" data-action="reset-prompt" onClick={() => void write(withoutLocal(local, { prompt: true }))}>
              {t('optReset')}
            </button>
          ) : null}
        </fieldset>
        <h3>{t('optLimitsTitle')}</h3>
        <LimitsEditor
          limits={form.limits}
          problems={problems}
          lockOf={(platform, field) => lockOwner(locked, `ruleSettings/limits/${platform}/${field}`)}
          hasLocal={(platform) => hasLocalLimits(local, platform)}
          onChange={(platform, patch) => setForm((f) => ({ ...f, limits: { ...f.limits, [platform]: { ...f.limits[platform], ...patch } } }))}
          onReset={(platform) => void write(withoutLocal(local, { platform }))}
        />
        <h3>{t('optRulesListTitle')}</h3>
        <ul class="rule-list" data-testid="rule-list">
          {rules.map((rule) => {
            const row = form.rules[rule.id];
            if (!row) return null;
            return (
              <RuleRowView
                key={rule.id}
                rule={rule}
                row={row}
                lockOf={(field) => lockOwner(locked, `ruleSettings/rules/${rule.id}/${field}`)}
                hasLocal={hasLocalRule(local, rule.id)}
                onChange={(patch) => setForm((f) => ({ ...f, rules: { ...f.rules, [rule.id]: { ...row, ...f.rules[rule.id], ...patch } } }))}
                onReset={() => void write(withoutLocal(local, { rule: rule.id }))}
                safety={SAFETY_CATEGORIES.includes(rule.category) ? snapshot.effective.safety.filter((c) => c.ruleId === rule.id) : undefined}
              />
            );
          })}
        </ul>
        <ErrorList errors={errors} title={t('optSaveFailed')} />
        <div class="actions sticky-actions">
          <button type="submit" class="primary" data-action="save-rules">{t('optSave')}</button>
          <button type="button" data-action="discard-rules" onClick={() => setForm(settingsToForm(settings, rules))}>
            {t('optDiscard')}
          </button>
        </div>
      </form>
    </Section>
  );
}
