import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TOutboundEmailSummary } from '../../api/mail-types.ts';
import { DateTime } from '../../components/date-time.tsx';
import { requestPath } from '../../lib/paths.ts';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';

type Props = {
  email: TOutboundEmailSummary;
  isOpen: boolean;
  onToggle: () => void;
  onRetry: () => void;
  isRetrying: boolean;
};

export function OutboxRow({ email, isOpen, onToggle, onRetry, isRetrying }: Props) {
  const { t } = useTranslation();
  return (
    <tr data-testid="outbox-row" data-status={email.status} data-kind={email.kind}>
      <td data-label={t('mail.outbox.created')}>
        <DateTime value={email.createdAt} mode="relative" />
      </td>
      <td data-label={t('mail.outbox.recipient')}>{email.recipient}</td>
      <td data-label={t('mail.outbox.subject')} dir="auto">
        {email.subject}
      </td>
      <td data-label={t('mail.outbox.kind')}>{t(`mail.kinds.${email.kind}`)}</td>
      <td data-label={t('mail.outbox.status')}>
        <OutboxStatusBadge status={email.status} />
        {email.attempts > 1 ? <span className="muted"> {t('mail.outbox.attempts', { count: email.attempts })}</span> : null}
      </td>
      <td data-label={t('mail.outbox.lastError')} className="prewrap">
        {email.lastError ?? ''}
      </td>
      <td data-label={t('mail.outbox.request')}>
        {email.requestReference ? (
          <Link to={requestPath(email.requestReference)} className="reference">
            {email.requestReference}
          </Link>
        ) : null}
      </td>
      <td className="table__actions">
        <button
          type="button"
          className="button button--small"
          aria-expanded={isOpen}
          onClick={onToggle}
          data-testid="outbox-view"
        >
          {isOpen ? t('mail.outbox.hide') : t('mail.outbox.view')}
        </button>
        {email.status === 'failed' ? (
          <button
            type="button"
            className="button button--small"
            disabled={isRetrying}
            onClick={onRetry}
            data-testid="outbox-retry"
          >
            {t('mail.outbox.retry')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
