import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES } from '../../../../shared/constants.ts';
import type { THelpRequest } from '../../api/types.ts';
import { L3StateBadge } from '../../components/badges.tsx';
import { DateTime } from '../../components/date-time.tsx';
import { RequestJiraStatus } from '../jira/request-jira-status.tsx';

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

function Row({ field, children }: { field: DetailKey; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="details__row" data-field={field}>
      <dt>{t(`fields.${field}`)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ExternalLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

export function RequestDetails({ request }: { request: THelpRequest }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  const isOpen = OPEN_STATUSES.includes(request.status);
  const reporter = [request.reporterName, request.reporterContact].filter(Boolean).join(' · ');

  return (
    <section className="panel" aria-labelledby="request-details-title">
      <h2 id="request-details-title">{t('request.details')}</h2>
      <dl className="details" data-testid="request-details">
        <Row field="site">
          {request.siteCode} · {request.siteName}
        </Row>
        <Row field="module">{t(`module.${request.module}`)}</Row>
        <Row field="channel">{t(`channel.${request.channel}`)}</Row>
        <Row field="category">{t(`category.${request.category}`)}</Row>
        <Row field="reporter">{reporter || none}</Row>
        <Row field="assignee">{request.assigneeName ?? <span className="muted">{t('common.unassigned')}</span>}</Row>
        <Row field="vendorTeam">{request.vendorTeamName ?? none}</Row>
        <Row field="l3State">
          <L3StateBadge state={request.l3State} testId="request-l3-state" />
        </Row>
        <Row field="fixVersion">{request.fixVersion ?? none}</Row>
        <Row field="codeChangeUrl">
          {request.codeChangeUrl ? <ExternalLink href={request.codeChangeUrl}>{request.codeChangeUrl}</ExternalLink> : none}
        </Row>
        <Row field="tags">
          {request.tags.length ? (
            <ul className="tags">
              {request.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Row>
        <Row field="firstResponseDue">
          {request.firstRespondedAt ? (
            <span>
              {t('request.respondedAt')} <DateTime value={request.firstRespondedAt} />
            </span>
          ) : (
            <Due due={request.firstResponseDueAt} isDone={!isOpen} />
          )}
        </Row>
        <Row field="resolutionDue">
          <Due due={request.resolutionDueAt} isDone={!isOpen} />
        </Row>
        <Row field="created">
          <DateTime value={request.createdAt} mode="both" />
        </Row>
        <Row field="updated">
          <DateTime value={request.updatedAt} mode="both" />
        </Row>
        {request.resolvedAt ? (
          <Row field="resolvedAt">
            <DateTime value={request.resolvedAt} />
          </Row>
        ) : null}
        {request.closedAt ? (
          <Row field="closedAt">
            <DateTime value={request.closedAt} />
          </Row>
        ) : null}
        {request.externalKey ? (
          <Row field="externalKey">
            <ExternalLink href={request.externalUrl}>{request.externalKey}</ExternalLink>
          </Row>
        ) : null}
        {request.level === 3 ? <RequestJiraStatus requestId={request.id} isLinked={Boolean(request.externalKey)} /> : null}
      </dl>
    </section>
  );
}
