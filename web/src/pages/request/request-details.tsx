import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '../../../../shared/constants.ts';
import type { THelpRequest } from '../../api/types.ts';
import { L3StateBadge } from '../../components/badges.tsx';
import { DateTime } from '../../components/date-time.tsx';

type DetailKey =
  | 'site'
  | 'module'
  | 'channel'
  | 'category'
  | 'reporter'
  | 'assignee'
  | 'vendorTeam'
  | 'l3State'
  | 'fixVersion'
  | 'codeChangeUrl'
  | 'tags'
  | 'firstResponseDue'
  | 'resolutionDue'
  | 'created'
  | 'updated'
  | 'resolvedAt'
  | 'closedAt'
  | 'externalKey';

function Due({ due, isDone }: { due: string | null; isDone: boolean }) {
  const { t } = useTranslation();
  if (!due) return <span className="muted">{t('common.none')}</span>;
  const isOverdue = !isDone && new Date(due).getTime() < Date.now();
  return (
    <span className={isOverdue ? 'overdue' : undefined}>
      <DateTime value={due} mode="both" />
      {isOverdue ? <strong> · {t('request.overdue')}</strong> : null}
    </span>
  );
}

export function RequestDetails({ request }: { request: THelpRequest }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  const isOpen = OPEN_STATUSES.includes(request.status);
  const rows: [DetailKey, ReactNode][] = [
    ['site', `${request.siteCode} · ${request.siteName}`],
    ['module', t(`module.${request.module}`)],
    ['channel', t(`channel.${request.channel}`)],
    ['category', t(`category.${request.category}`)],
    [
      'reporter',
      request.reporterName || request.reporterContact
        ? [request.reporterName, request.reporterContact].filter(Boolean).join(' · ')
        : none,
    ],
    ['assignee', request.assigneeName ?? <span className="muted">{t('common.unassigned')}</span>],
    ['vendorTeam', request.vendorTeamName ?? none],
    ['l3State', <L3StateBadge key="l3" state={request.l3State} testId="request-l3-state" />],
    ['fixVersion', request.fixVersion ?? none],
    [
      'codeChangeUrl',
      request.codeChangeUrl ? (
        <a href={request.codeChangeUrl} target="_blank" rel="noreferrer noopener">
          {request.codeChangeUrl}
        </a>
      ) : (
        none
      ),
    ],
    [
      'tags',
      request.tags.length ? (
        <ul className="tags">
          {request.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : (
        none
      ),
    ],
    [
      'firstResponseDue',
      request.firstRespondedAt ? (
        <span>
          {t('request.respondedAt')} <DateTime value={request.firstRespondedAt} />
        </span>
      ) : (
        <Due due={request.firstResponseDueAt} isDone={!isOpen} />
      ),
    ],
    ['resolutionDue', <Due key="due" due={request.resolutionDueAt} isDone={!isOpen} />],
    ['created', <DateTime key="created" value={request.createdAt} mode="both" />],
    ['updated', <DateTime key="updated" value={request.updatedAt} mode="both" />],
  ];
  if (request.resolvedAt) rows.push(['resolvedAt', <DateTime key="r" value={request.resolvedAt} />]);
  if (request.closedAt) rows.push(['closedAt', <DateTime key="c" value={request.closedAt} />]);
  if (request.externalKey) {
    rows.push([
      'externalKey',
      request.externalUrl ? (
        <a href={request.externalUrl} target="_blank" rel="noreferrer noopener">
          {request.externalKey}
        </a>
      ) : (
        request.externalKey
      ),
    ]);
  }

  return (
    <section className="panel" aria-labelledby="request-details-title">
      <h2 id="request-details-title">{t('request.details')}</h2>
      <dl className="details" data-testid="request-details">
        {rows.map(([key, value]) => (
          <div key={key} className="details__row" data-field={key}>
            <dt>{t(`fields.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
