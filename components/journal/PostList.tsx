import { formatNumber, t } from '../../lib/i18n';
import type { ReportModel } from '../../lib/journal/report';
import { PostRow, type PostActions } from './PostRow';

/** Rows rendered at a time: a month of 10,000 posts still opens at once; "show more" adds pages. */
export const PAGE_SIZE = 100;

export function PostList(props: {
  model: ReportModel;
  shown: number;
  onShowMore(): void;
  templateTitle(id: string): string | null;
  actions: PostActions;
}) {
  const { model, shown } = props;
  const visible = model.posts.slice(0, shown);
  const left = model.posts.length - visible.length;
  return (
    <section aria-labelledby="posts-heading" data-section="posts">
      <h2 id="posts-heading">{t('jrnPostsHeading')}</h2>
      {model.posts.length === 0 ? (
        <p data-empty="posts">{t('jrnNoPosts')}</p>
      ) : (
        <>
          <p class="muted" data-shown={visible.length}>
            {t('jrnShowingOf', formatNumber(visible.length), formatNumber(model.posts.length))}
          </p>
          <div class="table-scroll">
            <table class="posts">
              <thead>
                <tr>
                  <th scope="col">{t('jrnColPostedAt')}</th>
                  <th scope="col">{t('jrnColPlatform')}</th>
                  <th scope="col">{t('jrnColProfile')}</th>
                  <th scope="col">{t('jrnColPurpose')}</th>
                  <th scope="col">{t('jrnColFirstLine')}</th>
                  <th scope="col">{t('jrnColStatus')}</th>
                  <th scope="col">{t('jrnColOverridden')}</th>
                  <th scope="col">{t('jrnColNote')}</th>
                  <th scope="col" class="no-print">{t('jrnColActions')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((post) => (
                  <PostRow
                    key={`${post.entry.id}:${post.entry.note ?? ''}`}
                    post={post}
                    templateTitle={post.entry.templateId === null ? null : props.templateTitle(post.entry.templateId)}
                    actions={props.actions}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {left > 0 ? (
            <button type="button" class="no-print" data-action="show-more" onClick={props.onShowMore}>
              {t('jrnShowMore', formatNumber(Math.min(PAGE_SIZE, left)), formatNumber(left))}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
