import { useTranslation } from 'react-i18next';

/** Who wrote a comment mirrored from Jira: the Jira author's name, marked as the vendor's. */
export function JiraOrigin({ authorName }: { authorName: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      {typeof authorName === 'string' && authorName ? <span className="timeline-event__actor">{authorName}</span> : null}
      <span className="badge" data-testid="timeline-jira-origin">
        {t('jira.fromVendor')}
      </span>
    </>
  );
}
