import { useTranslation } from 'react-i18next';
import type { TCommunityReply } from '../../../../shared/community-schemas.ts';
import { DateTime } from '../../components/date-time.tsx';

type Props = { reply: TCommunityReply; canAccept: boolean; isPending: boolean; onAccept: (replyId: string | null) => void };

/** One reply: who wrote it (role, vendor), where it came from (Jira, the request), and the accepted mark. */
export function ReplyItem({ reply, canAccept, isPending, onAccept }: Props) {
  const { t } = useTranslation();
  const classes = ['reply', reply.isAccepted ? 'reply--accepted' : '', reply.isFromVendor ? 'reply--vendor' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      id={`reply-${reply.id}`}
      className={classes}
      data-testid="reply"
      data-origin={reply.origin}
      data-accepted={reply.isAccepted ? 'true' : undefined}
      data-vendor={reply.isFromVendor ? 'true' : undefined}
    >
      <div className="reply__meta">
        <span className="reply__author">{reply.author.name}</span>
        {reply.author.role ? <span className="muted">{t(`role.${reply.author.role}`)}</span> : null}
        {reply.isFromVendor ? (
          <span className="badge badge--vendor" title={t('community.badges.fromVendor')} data-testid="reply-vendor">
            {t('community.badges.vendor')}
          </span>
        ) : null}
        {reply.origin === 'jira' ? (
          <span className="badge badge--origin" data-testid="reply-origin-jira">
            {t('community.badges.jira')}
          </span>
        ) : null}
        {reply.origin === 'request' ? (
          <span className="badge badge--origin" data-testid="reply-origin-request">
            {t('community.badges.request')}
          </span>
        ) : null}
        {reply.isAccepted ? (
          <span className="badge badge--answered" data-testid="reply-accepted">
            ✓ {t('community.topic.acceptedAnswer')}
          </span>
        ) : null}
        <span className="muted reply__time">
          <DateTime value={reply.createdAt} mode="both" />
        </span>
      </div>
      <div className="reply__body prewrap" dir="auto">
        {reply.body}
      </div>
      {canAccept ? (
        <div className="reply__actions">
          <button
            type="button"
            className="button button--small"
            disabled={isPending}
            onClick={() => onAccept(reply.isAccepted ? null : reply.id)}
            data-testid="reply-accept"
          >
            {reply.isAccepted ? t('community.topic.unaccept') : t('community.topic.accept')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
