import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TRequestTopic } from '../../../../shared/community-schemas.ts';
import type { THelpRequest } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TopicBadges } from '../community/topic-badges.tsx';
import { topicPath } from '../community/topic-path.ts';
import { OpenTopicDialog } from './open-topic-dialog.tsx';

type Props = { request: THelpRequest; onOpened: () => void };

/** The request's Support Community topic, or the way to open one when the caller may. */
export function RequestTopicPanel({ request, onOpened }: Props) {
  const { t } = useTranslation();
  const linked = useApiData<TRequestTopic>(`/api/requests/${request.id}/community-topic`);
  const [isOpening, setIsOpening] = useState(false);
  const { reload } = linked;
  // A comment on the request is mirrored into the topic: recount when the request changes.
  const seenUpdatedAt = useRef(request.updatedAt);
  useEffect(() => {
    if (seenUpdatedAt.current === request.updatedAt) return;
    seenUpdatedAt.current = request.updatedAt;
    reload();
  }, [request.updatedAt, reload]);
  const data = linked.data;
  if (!data || (!data.topic && !data.abilities.open)) return linked.error ? <ErrorAlert error={linked.error} /> : null;

  return (
    <section className="panel request-topic" aria-labelledby="request-topic-title" data-testid="request-topic">
      <h2 id="request-topic-title">{t('community.requestPanel.title')}</h2>
      {data.topic ? (
        <>
          <p>
            <Link to={topicPath(data.topic.id)} dir="auto" data-testid="request-topic-link">
              {data.topic.title}
            </Link>
          </p>
          <p className="muted">
            <TopicBadges topic={data.topic} /> {t('community.list.replyCount', { count: data.topic.replyCount })}
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t('community.requestPanel.none')}</p>
          <button type="button" className="button" onClick={() => setIsOpening(true)} data-testid="open-community-topic">
            {t('community.requestPanel.open')}
          </button>
        </>
      )}
      {isOpening ? (
        <OpenTopicDialog
          request={request}
          onClose={() => setIsOpening(false)}
          onOpened={() => {
            setIsOpening(false);
            linked.reload();
            onOpened();
          }}
        />
      ) : null}
    </section>
  );
}
