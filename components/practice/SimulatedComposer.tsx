import type { Ref } from 'preact';
import type { Platform } from '../../lib/checks/types';
import { formatNumber, t } from '../../lib/i18n';
import { LOOKS } from './looks';

export interface ComposerRefs {
  anchor: Ref<HTMLDivElement>;
  textarea: Ref<HTMLTextAreaElement>;
  post: Ref<HTMLButtonElement>;
}

interface Props {
  platform: Platform;
  refs: ComposerRefs;
  length: number;
  limit: number;
  /** The site's own Share/Post click (runs only when the prompt before posting let it through). */
  onPost(): void;
  posted: boolean;
}

/**
 * A composer that looks and behaves like the site's: caption field, the site's own counter, and
 * its Share/Post button. The Saring panel beside it is the real one.
 */
export function SimulatedComposer({ platform, refs, length, limit, onPost, posted }: Props) {
  const look = LOOKS[platform];
  const captionId = `caption-${platform}`;
  const counter = (
    <span class="sim__count" data-over={length > limit ? 'true' : 'false'} aria-hidden="true">
      {formatNumber(length)}/{formatNumber(limit)}
    </span>
  );
  const post = (
    <button type="button" ref={refs.post} class="sim__post" data-practice="post" onClick={onPost}>
      {t(look.post)}
    </button>
  );
  return (
    <div ref={refs.anchor} class={`sim sim--${platform}`} data-practice-composer={platform}>
      <div class="sim__bar">
        <span class="sim__title">{t(look.title)}</span>
        {platform === 'instagram' ? post : null}
      </div>
      <div class="sim__body">
        {platform === 'facebook' ? null : <div class="sim__media" aria-hidden="true" />}
        <div class="sim__main">
          <p class="sim__account">
            <span class="sim__avatar" aria-hidden="true">
              S
            </span>
            {look.account}
          </p>
          <label class="sim__label" for={captionId}>
            {t('pracCaptionLabel', t(look.site))}
          </label>
          <textarea
            id={captionId}
            ref={refs.textarea}
            class="sim__caption"
            placeholder={t(look.placeholder)}
            rows={platform === 'tiktok' ? 6 : 8}
            spellcheck={false}
          />
          {counter}
        </div>
      </div>
      {platform === 'instagram' ? null : <div class="sim__footer">{post}</div>}
      {posted ? (
        <p class="sim__posted" role="status">
          {t('pracPosted')}
        </p>
      ) : null}
    </div>
  );
}
