import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { TSite } from '../../../shared/schemas.ts';
import { useApiData } from '../api/use-api-data.ts';
import { useMe } from '../auth/auth-context.tsx';
import { UrgencyBadge } from '../components/badges.tsx';
import { DateTime } from '../components/date-time.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { discardChange, queueChange } from './outbox.ts';
import { findSentRequest, type OutboxItem } from './outbox-db.ts';
import { PendingEvents } from './pending-events.tsx';
import { newClientId } from './send-or-queue.ts';
import { useOutbox } from './use-outbox.ts';

/**
 * A request logged on this device and not yet sent, read from the outbox: its details, the
 * comments queued against its clientId (sent after it), and a form to queue one more. Once the
 * server has it, the page moves on to the real request.
 */
export function PendingRequestPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const { user } = useMe();
  const navigate = useNavigate();
  const { items, isLoaded } = useOutbox();
  const item = items.find((candidate) => candidate.clientId === clientId && candidate.change.kind === 'create_request');
  const [isGone, setIsGone] = useState(false);
  usePageTitle(item?.change.kind === 'create_request' ? item.change.input.summary : t('offline.notYetSent'));

  useEffect(() => {
    if (!isLoaded || item) return;
    let isCurrent = true;
    void findSentRequest(user.id, clientId)
      .catch(() => null)
      .then((sent) => {
        if (!isCurrent) return;
        if (sent) navigate(`/requests/${encodeURIComponent(sent.reference)}`, { replace: true });
        else setIsGone(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [isLoaded, item, user.id, clientId, navigate]);

  if (!item) {
    return (
      <div className="page page--narrow" data-testid={isGone ? 'pending-request-gone' : undefined}>
        {isGone ? (
          <>
            <h1>{t('offline.pendingGoneTitle')}</h1>
            <p>{t('offline.pendingGoneBody')}</p>
            <Link to="/requests">{t('offline.backToRegister')}</Link>
          </>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  return <PendingRequestView item={item} />;
}

function PendingRequestView({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const sites = useApiData<TSite[]>('/api/sites');
  if (item.change.kind !== 'create_request') return null;
  const { input } = item.change;
  const site = sites.data?.find((candidate) => candidate.id === input.siteId);
  const reporter = [input.reporterName, input.reporterContact].filter(Boolean).join(' · ');
  const none = <span className="muted">{t('common.none')}</span>;
  const isRejected = item.state === 'rejected';

  return (
    <div className="page request-page" data-testid="pending-request-page" data-client-id={item.clientId}>
      <header className="request-header">
        <p className="request-header__reference">
          <span className="badge badge--pending" data-testid="not-yet-sent">
            {t('offline.notYetSent')}
          </span>
        </p>
        <h1 className="request-header__summary" dir="auto" data-testid="pending-request-summary">
          {input.summary}
        </h1>
        <div className="badges">
          <UrgencyBadge urgency={input.urgency ?? 'normal'} />
        </div>
      </header>
      {isRejected ? (
        <div className="alert alert--error" role="alert" data-testid="pending-request-rejected">
          <p>
            {t('offline.pendingRejected', {
              reason: [item.problem?.title, ...(item.problem?.errors ?? []).map((e) => `${e.field} ${e.message}`)]
                .filter(Boolean)
                .join(' — '),
            })}
          </p>
          <button type="button" className="button button--small" onClick={() => void discardChange(user.id, item.clientId)}>
            {t('offline.discard')}
          </button>
        </div>
      ) : (
        <p className="alert alert--warning" role="status" data-testid="pending-request-notice">
          {t('offline.pendingRequestNotice')}
        </p>
      )}
      <div className="request-layout">
        <section className="panel request-layout__lead" aria-labelledby="pending-description-title">
          <h2 id="pending-description-title">{t('fields.description')}</h2>
          {input.description ? (
            <div className="prewrap" dir="auto" data-testid="pending-request-description">
              {input.description}
            </div>
          ) : (
            <p className="muted">{t('request.noDescription')}</p>
          )}
        </section>
        <div className="request-layout__side">
          <section className="panel" aria-labelledby="pending-details-title">
            <h2 id="pending-details-title">{t('request.details')}</h2>
            <dl className="details" data-testid="pending-request-details">
              <div className="details__row">
                <dt>{t('fields.site')}</dt>
                <dd>{site ? `${site.code} · ${site.name}` : none}</dd>
              </div>
              <div className="details__row">
                <dt>{t('fields.module')}</dt>
                <dd>{t(`module.${input.module}`)}</dd>
              </div>
              <div className="details__row">
                <dt>{t('fields.channel')}</dt>
                <dd>{t(`channel.${input.channel ?? 'web'}`)}</dd>
              </div>
              <div className="details__row">
                <dt>{t('fields.category')}</dt>
                <dd>{t(`category.${input.category ?? 'other'}`)}</dd>
              </div>
              <div className="details__row">
                <dt>{t('fields.reporter')}</dt>
                <dd dir="auto">{reporter || none}</dd>
              </div>
              <div className="details__row">
                <dt>{t('offline.loggedOnDevice')}</dt>
                <dd>
                  <DateTime value={item.createdAt} mode="both" />
                </dd>
              </div>
            </dl>
          </section>
        </div>
        <div className="request-layout__main">
          <section className="panel" aria-labelledby="pending-timeline-title">
            <h2 id="pending-timeline-title">{t('timeline.title')}</h2>
            <PendingEvents requestId={item.clientId} />
            {isRejected ? null : <PendingCommentBox requestClientId={item.clientId} summary={input.summary} />}
          </section>
        </div>
      </div>
    </div>
  );
}

/** Queues a public comment against the unsent request's clientId; the outbox sends it right after the request. */
function PendingCommentBox({ requestClientId, summary }: { requestClientId: string; summary: string }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const [body, setBody] = useState('');
  const [isQueued, setIsQueued] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    await queueChange(
      user.id,
      { kind: 'comment', clientId: newClientId(), requestId: requestClientId, body: text, internal: false },
      { summary, requestId: requestClientId },
    );
    setBody('');
    setIsQueued(true);
  };

  return (
    <form className="comment-box" onSubmit={(event) => void onSubmit(event)} aria-labelledby="pending-comment-title">
      <h3 id="pending-comment-title" className="visually-hidden">
        {t('comment.title')}
      </h3>
      <div className="field">
        <label htmlFor="pending-comment-body">{t('comment.label')}</label>
        <textarea
          id="pending-comment-body"
          dir="auto"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-describedby="pending-comment-hint"
          data-testid="comment-body"
        />
        <p className="field-hint" id="pending-comment-hint">
          {t('offline.pendingCommentHint')}
        </p>
      </div>
      <div className="comment-box__actions">
        <button type="submit" className="button button--primary" disabled={!body.trim()} data-testid="comment-submit">
          {t('comment.submit')}
        </button>
      </div>
      {isQueued ? (
        <p className="alert alert--warning" role="status" data-testid="comment-queued">
          {t('offline.queuedPendingComment')}
        </p>
      ) : null}
    </form>
  );
}
