import { useTranslation } from 'react-i18next';
import type { TOutboundEmail } from '../../api/mail-types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** One mail as it was composed: recipient, subject, Message-ID and the text body (no HTML is rendered). */
export function OutboxEmailView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const email = useApiData<TOutboundEmail>(`/api/outbox/${encodeURIComponent(id)}`);
  return (
    <section className="panel" aria-labelledby="outbox-email-subject" data-testid="outbox-email">
      <ErrorAlert error={email.error} />
      {email.data ? (
        <>
          <div className="section-header">
            <h3 id="outbox-email-subject" dir="auto">
              {email.data.subject}
            </h3>
            <button type="button" className="button button--small" onClick={onClose}>
              {t('mail.outbox.hide')}
            </button>
          </div>
          <dl className="timeline-event__details">
            <div>
              <dt>{t('mail.outbox.recipient')}</dt>
              <dd>{email.data.recipient}</dd>
            </div>
            <div>
              <dt>{t('mail.outbox.messageId')}</dt>
              <dd>
                <code>{email.data.messageId}</code>
              </dd>
            </div>
          </dl>
          <h4>{t('mail.outbox.body')}</h4>
          <pre className="prewrap" dir="auto" data-testid="outbox-email-text">
            {email.data.text}
          </pre>
        </>
      ) : null}
    </section>
  );
}
