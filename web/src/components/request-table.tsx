import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { THelpRequestSummary } from '../api/types.ts';
import { requestPath } from '../lib/paths.ts';
import { L3StateBadge, LevelBadge, StatusBadge, UrgencyBadge } from './badges.tsx';
import { DateTime } from './date-time.tsx';
import { SlaDue } from './sla-due.tsx';

export type RequestColumn =
  | 'reference'
  | 'summary'
  | 'site'
  | 'module'
  | 'level'
  | 'status'
  | 'urgency'
  | 'assignee'
  | 'l3State'
  | 'created'
  | 'due';

type Props = {
  items: THelpRequestSummary[];
  columns: readonly RequestColumn[];
  testId: string;
  caption: string;
};

/** Requests as a table; under 640 px wide the CSS turns each row into a card. */
export function RequestTable({ items, columns, testId, caption }: Props) {
  const { t } = useTranslation();
  const headers: Record<RequestColumn, string> = {
    reference: t('fields.reference'),
    summary: t('fields.summary'),
    site: t('fields.site'),
    module: t('fields.module'),
    level: t('fields.level'),
    status: t('fields.status'),
    urgency: t('fields.urgency'),
    assignee: t('fields.assignee'),
    l3State: t('fields.l3State'),
    created: t('fields.created'),
    due: t('sla.due'),
  };

  const cell = (item: THelpRequestSummary, column: RequestColumn): ReactNode => {
    switch (column) {
      case 'reference':
        return (
          <Link to={requestPath(item.reference)} className="reference">
            {item.reference}
          </Link>
        );
      case 'summary':
        return <span dir="auto">{item.summary}</span>;
      case 'site':
        return item.siteCode;
      case 'module':
        return t(`module.${item.module}`);
      case 'level':
        return <LevelBadge level={item.level} />;
      case 'status':
        return <StatusBadge status={item.status} />;
      case 'urgency':
        return <UrgencyBadge urgency={item.urgency} />;
      case 'assignee':
        return item.assigneeName ?? <span className="muted">{t('common.unassigned')}</span>;
      case 'l3State':
        return <L3StateBadge state={item.l3State} />;
      case 'created':
        return <DateTime value={item.createdAt} mode="date" />;
      case 'due':
        return <SlaDue item={item} />;
    }
  };

  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {headers[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="request-row" data-reference={item.reference}>
              {columns.map((column) => (
                <td key={column} data-label={headers[column]} className={`col-${column}`}>
                  {cell(item, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
