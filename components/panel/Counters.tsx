import type { PanelSession } from './session';
import { formatNumber, t } from '../../lib/i18n/core';

export function Counters({ session }: { session: PanelSession }) {
  const length = session.text.value.length;
  const limits = session.limits.value;
  const hashtags = session.hashtagCount.value;
  const tooLong = length > limits.captionLength;
  const tooManyTags = limits.hashtags !== null && hashtags > limits.hashtags;
  return (
    <dl class="counters">
      <div class="counter" data-over={tooLong ? 'true' : 'false'}>
        <dt>{t('charCount')}</dt>
        <dd
          data-saring="char-count"
          aria-label={t('charCountLabel', formatNumber(length), formatNumber(limits.captionLength))}
        >
          {t('charCountValue', formatNumber(length), formatNumber(limits.captionLength))}
        </dd>
      </div>
      <div class="counter" data-over={tooManyTags ? 'true' : 'false'}>
        <dt>{t('hashtagCount')}</dt>
        {limits.hashtags === null ? (
          <dd data-saring="hashtag-count" aria-label={t('hashtagNoLimit', hashtags)}>
            {formatNumber(hashtags)}
          </dd>
        ) : (
          <dd data-saring="hashtag-count" aria-label={t('hashtagCountLabel', hashtags, limits.hashtags)}>
            {t('charCountValue', formatNumber(hashtags), formatNumber(limits.hashtags))}
          </dd>
        )}
      </div>
    </dl>
  );
}
