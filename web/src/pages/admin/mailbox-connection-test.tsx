import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TMailboxConnectionResult, TMailboxConnectionTest } from '../../api/inbound-types.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

/** "Test connection" on the settings as typed: says exactly what fails (DNS, refused, TLS, login, folder). */
export function MailboxConnectionTest({ settings }: { settings: () => TMailboxConnectionTest }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<TMailboxConnectionResult | null>(null);
  const test = useAction(() => api.post<TMailboxConnectionResult>('/api/mailboxes/test-connection', settings()));
  const run = async () => {
    setResult(null);
    const outcome = await test.run();
    if (outcome.ok) setResult(outcome.value);
  };
  return (
    <div className="form__row">
      <button type="button" className="button" disabled={test.isPending} onClick={() => void run()} data-testid="mailbox-test">
        {test.isPending ? t('inbound.testing') : t('inbound.test')}
      </button>
      {result ? (
        <div
          className={`alert ${result.isOk ? 'alert--success' : 'alert--error'}`}
          role={result.isOk ? 'status' : 'alert'}
          data-testid="mailbox-test-result"
          data-ok={result.isOk}
          data-code={result.code ?? ''}
        >
          {t(result.isOk ? 'inbound.testOk' : 'inbound.testFailed', { message: result.message })}
        </div>
      ) : null}
      <ErrorAlert error={test.error} />
    </div>
  );
}
