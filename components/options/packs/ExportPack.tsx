import { useState } from 'preact/hooks';
import { t, uiLang } from '../../../lib/i18n';
import type { FieldError, StoreSnapshot } from '../../../lib/messaging/protocol';
import { localized } from '../../panel/localized';
import { CheckField, ErrorList, TextField } from '../../shared/fields';
import type { Problems } from '../problems';
import { problemText } from '../problems';
import { useOptions } from '../state';
import { EXPORT_KINDS, exportRequest, lockChoices, type ExportForm, type ExportKind } from './export-form';
import { PLATFORM_LABELS } from '../../panel/labels';
import { kindLabel } from './kinds';

interface Choice {
  id: string;
  label: string;
}

function choicesOf(snapshot: StoreSnapshot, kind: ExportKind): Choice[] {
  const lang = uiLang.value;
  const e = snapshot.effective;
  switch (kind) {
    case 'profiles':
      return e.profiles.map((p) => ({ id: p.id, label: p.officialName }));
    case 'templates':
      return e.templates.map((x) => ({ id: x.id, label: localized(x.title, lang) }));
    case 'glossary':
      return e.glossary.map((g) => ({ id: g.id, label: g.preferred }));
    case 'exercises':
      return e.exercises.map((x) => ({ id: x.id, label: localized(x.title, lang) }));
  }
}

function KindPicker({ kind, choices, selected, onChange }: { kind: ExportKind; choices: Choice[]; selected: string[]; onChange(ids: string[]): void }) {
  if (!choices.length) return null;
  const all = selected.length === choices.length;
  return (
    <fieldset class="export-kind" data-kind={kind}>
      <legend>{kindLabel(kind)}</legend>
      <button type="button" class="link" data-action={`select-all-${kind}`} onClick={() => onChange(all ? [] : choices.map((c) => c.id))}>
        {all ? t('optSelectNone') : t('optSelectAll')}
      </button>
      {choices.map((c) => (
        <label key={c.id} class="check-group__item">
          <input
            type="checkbox"
            name={`export-${kind}`}
            value={c.id}
            checked={selected.includes(c.id)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Locks chosen from what can be locked in the selection, by name; no paths to type. */
function LockPicker({ form, snapshot, onChange }: { form: ExportForm; snapshot: StoreSnapshot; onChange(locked: string): void }) {
  const lang = uiLang.value;
  const e = snapshot.effective;
  const choices = lockChoices(form, {
    profile: (id) => e.profiles.find((p) => p.id === id)?.officialName ?? id,
    template: (id) => {
      const found = e.templates.find((x) => x.id === id);
      return found ? localized(found.title, lang) : id;
    },
    glossary: (id) => e.glossary.find((g) => g.id === id)?.preferred ?? id,
    platform: (p) => t(PLATFORM_LABELS[p]),
  });
  const locked = form.locked.split('\n').filter(Boolean);
  const toggle = (path: string, on: boolean) => onChange((on ? [...locked, path] : locked.filter((x) => x !== path)).join('\n'));
  return (
    <fieldset class="field check-group" data-field="export-locked">
      <legend>{t('optExportLocked')}</legend>
      <p class="hint">{choices.length ? t('optExportLocksHint') : t('optExportLocksNone')}</p>
      {choices.map((c) => (
        <label key={c.path} class="check-group__item">
          <input type="checkbox" name="export-lock" value={c.path} checked={locked.includes(c.path)} onChange={(ev) => toggle(c.path, ev.currentTarget.checked)} />
          {t(c.key, ...c.subs)}
        </label>
      ))}
    </fieldset>
  );
}

const emptySelection = (): ExportForm['selected'] => ({ profiles: [], templates: [], glossary: [], exercises: [] });

export function ExportPack({ snapshot }: { snapshot: StoreSnapshot }) {
  const { act, deps, notice } = useOptions();
  const [form, setForm] = useState<ExportForm>({ name: '', publisher: '', selected: emptySelection(), ruleSettings: false, locked: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const update = (patch: Partial<ExportForm>) => setForm((f) => ({ ...f, ...patch }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setErrors([]);
    const request = exportRequest(form);
    if (!request.ok) {
      setProblems(request.problems);
      return;
    }
    setProblems({});
    const result = await act('pack:export', request.item);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    deps.download(result.value.fileName, result.value.text);
    notice.value = { tone: 'ok', text: t('optExported', result.value.fileName) };
  };

  return (
    <form class="card" data-testid="export" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3>{t('optExportTitle')}</h3>
      <div class="grid-2">
        <TextField name="export-name" label={t('optExportName')} value={form.name} error={problemText(problems.name)} onInput={(name) => update({ name })} />
        <TextField name="export-publisher" label={t('optExportPublisher')} value={form.publisher} error={problemText(problems.publisher)} onInput={(publisher) => update({ publisher })} />
      </div>
      <div class="export-kinds">
        {EXPORT_KINDS.map((kind) => (
          <KindPicker key={kind} kind={kind} choices={choicesOf(snapshot, kind)} selected={form.selected[kind]} onChange={(ids) => setForm((f) => ({ ...f, selected: { ...f.selected, [kind]: ids } }))} />
        ))}
      </div>
      <CheckField name="export-rule-settings" label={t('optExportRuleSettings')} checked={form.ruleSettings} onChange={(ruleSettings) => update({ ruleSettings })} />
      {problems.selection ? <p class="field-error" role="alert">{problemText(problems.selection)}</p> : null}
      <LockPicker form={form} snapshot={snapshot} onChange={(locked) => update({ locked })} />
      {problems.locked ? <p class="field-error" role="alert">{problemText(problems.locked)}</p> : null}
      <ErrorList errors={errors} />
      <button type="submit" class="primary" data-action="export-pack">{t('optExportButton')}</button>
    </form>
  );
}
