import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../../lib/i18n';
import type { FieldError } from '../../../lib/messaging/protocol';
import { ErrorList, SelectField, TextField } from '../../shared/fields';
import { useOptions } from '../state';
import { checkSubscriptionUrl } from './subscription-url';

const REFRESH_HOURS = ['6', '12', '24', '168'] as const;
type RefreshHours = (typeof REFRESH_HOURS)[number];

export function Subscribe() {
  const { act, deps } = useOptions();
  const [url, setUrl] = useState('');
  const [hours, setHours] = useState<RefreshHours>('24');
  const [urlError, setUrlError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setErrors([]);
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      setUrlError(t(checked.reason === 'not-https' ? 'optErrNotHttps' : 'optErrUrl'));
      return;
    }
    setUrlError(undefined);
    // The permission prompt needs the click's user gesture: ask before anything is awaited.
    const granted = deps.requestOrigin(checked.origin);
    setBusy(true);
    void (async () => {
      if (!(await granted)) {
        setBusy(false);
        setErrors([{ path: '', message: t('optPermissionDenied', checked.origin) }]);
        return;
      }
      const result = await act('subscription:add', { url: checked.url, refreshHours: Number(hours) }, t('optSubscribed'));
      setBusy(false);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setUrl('');
    })();
  };

  return (
    <form class="card" data-testid="subscribe" onSubmit={onSubmit} noValidate>
      <h3>{t('optSubscribeTitle')}</h3>
      <p class="hint">{t('optSubscribeHint')}</p>
      <div class="grid-2">
        <TextField name="subscription-url" type="url" label={t('optSubscriptionUrlLabel')} placeholder="https://" value={url} error={urlError} onInput={setUrl} />
        <SelectField<RefreshHours>
          name="refresh-hours"
          label={t('optRefreshEvery')}
          value={hours}
          options={REFRESH_HOURS.map((h) => ({ value: h, label: t('optHours', formatNumber(Number(h))) }))}
          onChange={setHours}
        />
      </div>
      {busy ? <p role="status">{t('optWorking')}</p> : null}
      <ErrorList errors={errors} />
      <button type="submit" class="primary" data-action="subscribe" disabled={busy}>{t('optSubscribeButton')}</button>
    </form>
  );
}
