import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TRelease, TReleaseSummary } from '../../../../shared/release-schemas.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ReleaseStatusBadge } from './release-badges.tsx';
import { releasePaths } from './release-paths.ts';
import { ReleaseRequestsTable } from './release-requests-table.tsx';

/** /releases/:id: a release with its notes, the requests it fixes and its deferral backlog. */
export function ReleasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, reload } = useApiData<TRelease>(`/api/releases/${encodeURIComponent(id)}`);
  usePageTitle(data ? `${t(`module.${data.module}`)} ${data.version}` : t('releases.list.title'));
  const action = useAction((change: 'in_testing' | 'planned' | 'ship') =>
    change === 'ship'
      ? api.post<TReleaseSummary>(`/api/releases/${data?.id}/ship`)
      : api.patch<TReleaseSummary>(`/api/releases/${data?.id}`, { status: change }),
  );
  const run = async (change: 'in_testing' | 'planned' | 'ship') => {
    if (change === 'ship' && !window.confirm(t('releases.detail.shipConfirm', { version: data?.version }))) return;
    if ((await action.run(change)).ok) reload();
  };

  if (isApiError(error) && error.status === 404) {
    return (
      <div className="page page--narrow" data-testid="release-not-found">
        <h1>{t('releases.detail.notFound')}</h1>
        <Link to={releasePaths.list}>{t('releases.list.title')}</Link>
      </div>
    );
  }
  if (!data) {
    return <div className="page">{error ? <ErrorAlert error={error} /> : <p role="status">{t('common.loading')}</p>}</div>;
  }

  return (
    <div className="page release-page" data-testid="release-page" data-release-id={data.id}>
      <div className="page__header">
        <h1>
          {t(`module.${data.module}`)} <span data-testid="release-version">{data.version}</span>
        </h1>
        <div className="page__actions">
          {data.abilities.edit ? (
            <Link to={releasePaths.edit(data.id)} className="button" data-testid="release-edit">
              {t('releases.detail.edit')}
            </Link>
          ) : null}
          {data.abilities.edit && data.status === 'planned' ? (
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={() => run('in_testing')}
              data-testid="release-to-testing"
            >
              {t('releases.detail.toTesting')}
            </button>
          ) : null}
          {data.abilities.edit && data.status === 'in_testing' ? (
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={() => run('planned')}
              data-testid="release-to-planned"
            >
              {t('releases.detail.toPlanned')}
            </button>
          ) : null}
          {data.abilities.ship && data.status === 'in_testing' ? (
            <button
              type="button"
              className="button button--primary"
              disabled={action.isPending}
              onClick={() => run('ship')}
              data-testid="release-ship"
            >
              {t('releases.detail.ship')}
            </button>
          ) : null}
        </div>
      </div>
      <ErrorAlert error={action.error} />
      <dl className="kb-meta release-meta">
        <dt>{t('releases.fields.status')}</dt>
        <dd>
          <ReleaseStatusBadge status={data.status} />
        </dd>
        <dt>{t('releases.fields.plannedDate')}</dt>
        <dd>
          <time dateTime={data.plannedDate}>{data.plannedDate}</time>
        </dd>
        {data.shippedAt ? (
          <>
            <dt>{t('releases.fields.shippedAt')}</dt>
            <dd data-testid="release-shipped-at">
              <DateTime value={data.shippedAt} />
              {data.shippedByName ? ` · ${t('releases.detail.shippedBy', { name: data.shippedByName })}` : null}
            </dd>
          </>
        ) : null}
      </dl>
      <section className="panel" aria-labelledby="release-notes-title">
        <h2 id="release-notes-title">{t('releases.detail.notes')}</h2>
        {data.notes.trim() ? (
          <div
            className="kb-body"
            dir="auto"
            data-testid="release-notes"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered and sanitised by the server's Markdown renderer (server/kb/markdown/)
            dangerouslySetInnerHTML={{ __html: data.notesHtml }}
          />
        ) : (
          <p className="muted">{t('releases.detail.noNotes')}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="release-fixed-title">
        <h2 id="release-fixed-title">{t('releases.detail.fixed')}</h2>
        <ReleaseRequestsTable
          items={data.fixedRequests}
          testId="release-fixed"
          caption={t('releases.detail.fixed')}
          empty={t('releases.detail.noFixed')}
        />
      </section>
      <section className="panel" aria-labelledby="release-backlog-title">
        <h2 id="release-backlog-title">{t('releases.detail.backlog')}</h2>
        <ReleaseRequestsTable
          items={data.backlog}
          testId="release-backlog"
          caption={t('releases.detail.backlog')}
          empty={t('releases.detail.noBacklog')}
        />
      </section>
    </div>
  );
}
