import { useTranslation } from 'react-i18next';
import type { TCommunityTopic, TUpdateTopic } from '../../../../shared/community-schemas.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

type Props = { topic: TCommunityTopic; onChanged: (topic: TCommunityTopic) => void; onEdit: () => void };

/** Follow, and for those the abilities allow: edit, pin, lock. */
export function TopicToolbar({ topic, onChanged, onEdit }: Props) {
  const { t } = useTranslation();
  const { abilities } = topic;
  const patch = useAction((input: TUpdateTopic) => api.patch<TCommunityTopic>(`/api/community/topics/${topic.id}`, input));
  const follow = useAction((isSubscribed: boolean) =>
    api.put<TCommunityTopic>(`/api/community/topics/${topic.id}/subscription`, { isSubscribed }),
  );
  const run = async (action: Promise<{ ok: true; value: TCommunityTopic } | { ok: false }>) => {
    const result = await action;
    if (result.ok) onChanged(result.value);
  };

  return (
    <div className="topic-toolbar">
      {abilities.subscribe ? (
        <button
          type="button"
          className={topic.isSubscribed ? 'button button--primary' : 'button'}
          aria-pressed={topic.isSubscribed}
          title={t('community.topic.followHint')}
          disabled={follow.isPending}
          onClick={() => void run(follow.run(!topic.isSubscribed))}
          data-testid="topic-subscribe"
        >
          {topic.isSubscribed ? t('community.topic.unfollow') : t('community.topic.follow')}
        </button>
      ) : null}
      {abilities.edit ? (
        <button type="button" className="button" onClick={onEdit} data-testid="topic-edit">
          {t('community.topic.edit')}
        </button>
      ) : null}
      {abilities.pin ? (
        <button
          type="button"
          className="button"
          aria-pressed={topic.isPinned}
          disabled={patch.isPending}
          onClick={() => void run(patch.run({ isPinned: !topic.isPinned }))}
          data-testid="topic-pin"
        >
          {topic.isPinned ? t('community.topic.unpin') : t('community.topic.pin')}
        </button>
      ) : null}
      {abilities.lock ? (
        <button
          type="button"
          className="button"
          aria-pressed={topic.isLocked}
          disabled={patch.isPending}
          onClick={() => void run(patch.run({ isLocked: !topic.isLocked }))}
          data-testid="topic-lock"
        >
          {topic.isLocked ? t('community.topic.unlock') : t('community.topic.lock')}
        </button>
      ) : null}
      <ErrorAlert error={patch.error ?? follow.error} />
    </div>
  );
}
