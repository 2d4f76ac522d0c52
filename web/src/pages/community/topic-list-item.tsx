import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TCommunityTopicSummary } from '../../../../shared/community-schemas.ts';
import { formatRelative } from '../../lib/format.ts';
import { TopicBadges } from './topic-badges.tsx';
import { topicPath } from './topic-path.ts';

export function TopicListItem({ topic }: { topic: TCommunityTopicSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <li
      className={topic.isPinned ? 'topic-item topic-item--pinned' : 'topic-item'}
      data-testid="topic-item"
      data-topic-id={topic.id}
      data-pinned={topic.isPinned ? 'true' : undefined}
      data-answered={topic.hasAcceptedAnswer ? 'true' : undefined}
    >
      <div className="topic-item__main">
        <Link to={topicPath(topic.id)} className="topic-item__title" dir="auto" data-testid="topic-link">
          {topic.title}
        </Link>
        <TopicBadges topic={topic} />
        <p className="topic-item__excerpt muted" dir="auto">
          {topic.excerpt}
        </p>
        <p className="topic-item__meta muted">
          <span>{t('community.list.by', { name: topic.author.name })}</span>
          {topic.author.role ? <span> · {t(`role.${topic.author.role}`)}</span> : null}
          <span>
            {' · '}
            <time dateTime={topic.lastActivityAt}>
              {t('community.list.active', { when: formatRelative(topic.lastActivityAt, i18n.language) })}
            </time>
          </span>
          {topic.isLinkedToRequest ? <span> · {t('community.list.fromRequest')}</span> : null}
        </p>
      </div>
      <span className="topic-item__count" data-testid="topic-reply-count" data-count={topic.replyCount}>
        {t('community.list.replyCount', { count: topic.replyCount })}
      </span>
    </li>
  );
}
