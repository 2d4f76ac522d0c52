import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TKbLinkedRequest } from '../../../../shared/kb-schemas.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { requestPath } from '../../lib/paths.ts';

/** The requests this article solved, as far as the reader may see them (the server leaves out the rest). */
export function KbLinkedRequests({ requests }: { requests: TKbLinkedRequest[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="kb-linked-requests-title">
      <h2 id="kb-linked-requests-title">{t('kb.linkedRequests.title')}</h2>
      {requests.length ? (
        <ul className="plain-list kb-linked" data-testid="kb-linked-requests">
          {requests.map((request) => (
            <li key={request.id} data-testid="kb-linked-request" data-reference={request.reference}>
              <Link to={requestPath(request.reference)} className="reference">
                {request.reference}
              </Link>{' '}
              <span dir="auto">{request.summary}</span> <StatusBadge status={request.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('kb.linkedRequests.none')}</p>
      )}
    </section>
  );
}
