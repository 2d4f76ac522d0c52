import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TCommunityTopic } from '../../../../shared/community-schemas.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { requestPath } from '../../lib/paths.ts';
import { EditTopicDialog } from './edit-topic-dialog.tsx';
import { ReplyBox } from './reply-box.tsx';
import { ReplyItem } from './reply-item.tsx';
import { TopicBadges } from './topic-badges.tsx';
import { TopicToolbar } from './topic-toolbar.tsx';

export function TopicPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const topic = useApiData<TCommunityTopic>(`/api/community/topics/${encodeURIComponent(id)}`);
  const [isEditing, setIsEditing] = useState(false);
  const data = topic.data;
  usePageTitle(data?.title ?? t('community.title'));
  const accept = useAction((replyId: string | null) =>
    api.put<TCommunityTopic>(`/api/community/topics/${id}/accepted-answer`, { replyId }),
  );

  if (isApiError(topic.error) && topic.error.status === 404) {
    return (
      <div className="page page--narrow" data-testid="topic-not-found">
        <h1>{t('community.topic.notFound')}</h1>
        <p>{t('community.topic.notFoundBody')}</p>
        <Link to="/community">{t('community.topic.back')}</Link>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">{topic.error ? <ErrorAlert error={topic.error} /> : <p role="status">{t('common.loading')}</p>}</div>
    );
  }

  const onAccept = async (replyId: string | null) => {
    const result = await accept.run(replyId);
    if (result.ok) topic.setData(result.value);
  };

  return (
    <div className="page topic-page" data-topic-id={data.id}>
      <p>
        <Link to="/community">← {t('community.topic.back')}</Link>
      </p>
      <article className="panel topic" data-testid="topic">
        <header className="topic__header">
          <h1 dir="auto" data-testid="topic-heading">
            {data.title}
          </h1>
          <TopicBadges topic={data} />
          <p className="muted topic__meta">
            {t('community.list.by', { name: data.author.name })}
            {data.author.role ? ` · ${t(`role.${data.author.role}`)}` : ''} · <DateTime value={data.createdAt} mode="both" />
          </p>
          {data.request ? (
            <p className="topic__request">
              {t('community.topic.openedFrom')}{' '}
              <Link to={requestPath(data.request.reference)} className="reference" data-testid="topic-request-link">
                {data.request.reference}
              </Link>
            </p>
          ) : null}
        </header>
        <div className="topic__body prewrap" dir="auto" data-testid="topic-body-text">
          {data.body}
        </div>
        <TopicToolbar topic={data} onChanged={topic.setData} onEdit={() => setIsEditing(true)} />
      </article>

      <section className="panel" aria-labelledby="replies-title">
        <h2 id="replies-title">
          {t('community.topic.replies')} <span className="muted">({data.replyCount})</span>
        </h2>
        <ErrorAlert error={accept.error} />
        {data.replies.length ? (
          <ol className="reply-list" data-testid="reply-list">
            {data.replies.map((reply) => (
              <ReplyItem
                key={reply.id}
                reply={reply}
                canAccept={data.abilities.acceptAnswer}
                isPending={accept.isPending}
                onAccept={(replyId) => void onAccept(replyId)}
              />
            ))}
          </ol>
        ) : (
          <p className="muted">{t('community.topic.noReplies')}</p>
        )}
        {data.isLocked ? (
          <p className="alert alert--warning" data-testid="topic-locked-notice">
            {t('community.topic.lockedNotice')}
          </p>
        ) : null}
        {data.abilities.reply ? <ReplyBox topicId={data.id} onPosted={topic.reload} /> : null}
      </section>
      {isEditing ? (
        <EditTopicDialog
          topic={data}
          onClose={() => setIsEditing(false)}
          onSaved={(saved) => {
            topic.setData(saved);
            setIsEditing(false);
          }}
        />
      ) : null}
    </div>
  );
}
