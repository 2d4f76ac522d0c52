import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NoticeBadges } from './notice-badges.tsx';
import { NoticeBoard } from './notice-board.tsx';
import { ChangeNoticeForms, RelayForm } from './notice-forms.tsx';
import { NoticeWindow } from './notice-window.tsx';
import { noticePaths, noticesApi, type TNotice } from './notices-api.ts';

/** /notices/:id: the notice in the reader's language, its window per site, and what the reader may do with it. */
export function NoticePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const notice = useApiData<TNotice>(`${noticePaths.one(id)}?lang=${i18n.language}&v=${version}`);
  const acknowledge = useAction(noticesApi.acknowledge);
  usePageTitle(notice.data?.title ?? t('notices.title'));
  const refresh = () => setVersion((value) => value + 1);

  if (isApiError(notice.error) && (notice.error.status === 404 || notice.error.status === 400)) {
    return (
      <div className="page page--narrow">
        <ErrorAlert error={notice.error} />
        <Link to="/notices">{t('notices.title')}</Link>
      </div>
    );
  }
  const data = notice.data;
  if (!data)
    return (
      <div className="page">
        {notice.error ? <ErrorAlert error={notice.error} /> : <p role="status">{t('common.loading')}</p>}
      </div>
    );
  const isAcknowledged = data.myDeliveries.length > 0 && data.myDeliveries.every((delivery) => delivery.acknowledgedAt);
  const onAcknowledge = async () => {
    if ((await acknowledge.run(data.id)).ok) refresh();
  };

  return (
    <div className="page notice-page" data-testid="notice-page" data-phase={data.phase} data-round={data.round}>
      <p>
        <Link to="/notices">{t('notices.title')}</Link>
      </p>
      <header className="page__header">
        <h1 lang={data.language} dir={data.language === 'ar' ? 'rtl' : 'ltr'} data-testid="notice-title">
          {data.title}
        </h1>
        <NoticeBadges type={data.type} phase={data.phase} />
      </header>
      {data.cancelReason ? (
        <div className="alert alert--warning" role="status">
          {data.cancelReason}
        </div>
      ) : null}
      <section className="panel">
        <h2>{t('notices.window')}</h2>
        <ul className="plain-list" data-testid="notice-site-windows">
          {data.sites.map((site) => (
            <li key={site.id}>
              <strong>{site.name}</strong> ({site.code}):{' '}
              <NoticeWindow timeZone={site.timeZone} start={data.windowStart} end={data.windowEnd} />
            </li>
          ))}
        </ul>
        <p data-testid="notice-reminder-lead">{t('notices.reminderLead', { hours: data.reminderLeadMinutes / 60 })}</p>
        {data.releaseVersion ? (
          <p>
            {t('notices.release')}: <span className="tag">{data.releaseVersion}</span>
          </p>
        ) : null}
        {data.requests.length > 0 ? (
          <p>
            {t('notices.requests')}:{' '}
            {data.requests.map((request) => (
              <Link key={request.id} to={`/requests/${request.reference}`} className="reference">
                {request.reference}{' '}
              </Link>
            ))}
          </p>
        ) : null}
      </section>
      {data.myDeliveries.some((delivery) => delivery.localWords) ? (
        <section className="panel" data-testid="notice-local-words">
          <h2>{t('notices.yourCopy')}</h2>
          {data.myDeliveries
            .filter((delivery) => delivery.localWords)
            .map((delivery) => (
              <blockquote key={delivery.id} className="prewrap">
                <strong>{t('notices.localWordsFrom', { name: delivery.senderName ?? '' })}:</strong> {delivery.localWords}
              </blockquote>
            ))}
        </section>
      ) : null}
      <div
        className="kb-body"
        lang={data.language}
        dir={data.language === 'ar' ? 'rtl' : 'ltr'}
        data-testid="notice-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server's own Markdown renderer
        dangerouslySetInnerHTML={{ __html: data.bodyHtml }}
      />
      {data.abilities.acknowledge ? (
        <p>
          {isAcknowledged ? (
            <span data-testid="notice-acknowledged">
              {t('notices.acknowledged')} <DateTime value={data.myDeliveries[0].acknowledgedAt ?? ''} />
            </span>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={acknowledge.isPending}
              onClick={() => void onAcknowledge()}
              data-testid="notice-acknowledge"
            >
              {t('notices.acknowledge')}
            </button>
          )}
          <ErrorAlert error={acknowledge.error} />
        </p>
      ) : null}
      {data.abilities.relaySiteIds.map((siteId) => (
        <RelayForm
          key={`${siteId}-${data.round}`}
          notice={data}
          siteId={siteId}
          hop={data.myDeliveries.find((delivery) => delivery.siteId === siteId)?.hop ?? 'coordinator'}
          onDone={refresh}
        />
      ))}
      {data.abilities.viewBoard ? <NoticeBoard noticeId={data.id} version={version} /> : null}
      {data.abilities.change || data.abilities.cancel ? (
        <ChangeNoticeForms key={data.round} notice={data} onDone={refresh} />
      ) : null}
      <section className="panel">
        <h2>{t('notices.rounds')}</h2>
        <ol data-testid="notice-rounds">
          {data.rounds.map((round) => (
            <li key={round.round}>
              {t(`notices.round.${round.kind}`)} · <DateTime value={round.createdAt} /> ·{' '}
              <NoticeWindow timeZone="UTC" start={round.windowStart} end={round.windowEnd} />
              {round.note ? <div className="prewrap muted">{round.note}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
