import { useTranslation } from 'react-i18next';
import type { TCommunityTopicSummary } from '../../../../shared/community-schemas.ts';

/** Category, pinned, locked and answered markers of a topic. */
export function TopicBadges({ topic }: { topic: TCommunityTopicSummary }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      {topic.isPinned ? (
        <span className="badge badge--pinned" data-testid="topic-pinned">
          {t('community.list.pinned')}
        </span>
      ) : null}
      {topic.hasAcceptedAnswer ? (
        <span className="badge badge--answered" data-testid="topic-answered">
          ✓ {t('community.list.answered')}
        </span>
      ) : null}
      {topic.isLocked ? (
        <span className="badge badge--locked" data-testid="topic-locked">
          {t('community.list.locked')}
        </span>
      ) : null}
      <span className="badge badge--category" data-category={topic.category}>
        {t(`community.categories.${topic.category}`)}
      </span>
    </span>
  );
}
