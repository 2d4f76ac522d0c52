import { useTranslation } from 'react-i18next';
import type { TJiraTestResult } from '../../../../shared/jira-schemas.ts';

/** What "Test connection" found, check by check, in Jira's own words where it refused. */
export function JiraTestResults({ result }: { result: TJiraTestResult }) {
  const { t } = useTranslation();
  return (
    <div
      className={result.isOk ? 'alert' : 'alert alert--error'}
      role="status"
      data-testid="jira-test-result"
      data-ok={result.isOk}
    >
      <p className="alert__title">{result.isOk ? t('jira.admin.testOk') : t('jira.admin.testFailed')}</p>
      <ul>
        {result.checks.map((check) => (
          <li key={check.name} data-testid="jira-test-check" data-check={check.name} data-ok={check.isOk}>
            {check.isOk ? '✓' : '✗'} <strong>{t(`jira.admin.checks.${check.name}`)}</strong>:{' '}
            <span dir="auto">{check.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
