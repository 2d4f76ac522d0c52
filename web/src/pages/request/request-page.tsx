import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/api-error.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { onOutboxChanged } from '../../offline/outbox-events.ts';
import { PendingEvents } from '../../offline/pending-events.tsx';
import { RequestConsolidationPanel } from '../consolidation/request-consolidation-panel.tsx';
import { RequestKbPanel } from '../kb/request-kb-panel.tsx';
import { RequestReleasePanel } from '../releases/request-release-panel.tsx';
import { RequestSlaPanel } from '../sla/request-sla-panel.tsx';
import { RequestActions } from './actions/request-actions.tsx';
import { AttachmentsPanel } from './attachments-panel.tsx';
import { CommentBox } from './comment-box.tsx';
import { DossierView } from './dossier-view.tsx';
import { RequestDetails } from './request-details.tsx';
import { RequestHeader } from './request-header.tsx';
import { RequestTopicPanel } from './request-topic-panel.tsx';
import { Timeline } from './timeline.tsx';
import { useRequest } from './use-request.ts';

export function RequestPage() {
  const { t } = useTranslation();
  const { ref = '' } = useParams();
  const { request, timeline, refresh } = useRequest(ref);
  // What this device sent from its outbox shows up without a reload.
  useEffect(() => onOutboxChanged(() => refresh()), [refresh]);
  const data = request.data;
  usePageTitle(data ? `${data.reference} · ${data.summary}` : ref);

  // A 404 wins over what was shown before: after a de-escalation the request may be out of scope.
  if (isApiError(request.error) && request.error.status === 404) {
    return (
      <div className="page page--narrow" data-testid="request-not-found">
        <h1>{t('request.notFound')}</h1>
        <p>{t('request.notFoundBody', { reference: ref })}</p>
        <Link to="/">{t('request.backHome')}</Link>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="page">
        {request.error ? <ErrorAlert error={request.error} /> : <p role="status">{t('common.loading')}</p>}
      </div>
    );
  }

  return (
    <div className="page request-page" data-request-id={data.id}>
      <RequestHeader request={data} />
      <ErrorAlert error={request.error} />
      <div className="request-layout">
        <section className="panel request-layout__lead" aria-labelledby="description-title">
          <h2 id="description-title">{t('fields.description')}</h2>
          {data.description ? (
            <div className="prewrap" dir="auto" data-testid="request-description">
              {data.description}
            </div>
          ) : (
            <p className="muted">{t('request.noDescription')}</p>
          )}
          {data.resolutionSummary && (data.status === 'resolved' || data.status === 'closed') ? (
            <div className="resolution" data-testid="request-resolution">
              <h3>{t('fields.resolutionSummary')}</h3>
              <p className="prewrap" dir="auto">
                {data.resolutionSummary}
              </p>
            </div>
          ) : null}
        </section>
        <div className="request-layout__side">
          <RequestSlaPanel request={data} onChanged={refresh} />
          <RequestActions request={data} onChanged={refresh} />
          <RequestDetails request={data} />
          <RequestConsolidationPanel request={data} onChanged={refresh} />
          <RequestKbPanel request={data} onChanged={() => refresh()} />
          <RequestTopicPanel request={data} onOpened={() => refresh()} />
          <RequestReleasePanel request={data} onChanged={() => refresh()} />
        </div>
        <div className="request-layout__main">
          {data.dossier ? <DossierView dossier={data.dossier} request={data} /> : null}
          <AttachmentsPanel request={data} onUploaded={() => refresh()} />
          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('timeline.title')}</h2>
            <ErrorAlert error={timeline.error} />
            {timeline.data ? <Timeline events={timeline.data.events} /> : null}
            <PendingEvents requestId={data.id} />
            {data.abilities.comment ? <CommentBox request={data} onPosted={() => refresh()} /> : null}
          </section>
        </div>
      </div>
    </div>
  );
}
