import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportAction, TRegisterImport } from '../../../../shared/register-schemas.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ImportProblems } from './import-problems.tsx';
import { ImportRowsTable } from './import-rows-table.tsx';

const ACTIONS: ImportAction[] = ['create', 'update', 'unchanged', 'error'];

/** What the file will do, every problem, and the one button that saves it all (or nothing). */
export function ImportPreview({ initial }: { initial: TRegisterImport }) {
  const { t } = useTranslation();
  const [upload, setUpload] = useState(initial);
  const [isApplying, setIsApplying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const writes = upload.counts.create + upload.counts.update;

  // The server writes the file in a background job: follow it until it is applied or failed.
  useEffect(() => {
    if (upload.status !== 'applying') return;
    const timer = window.setInterval(() => {
      api
        .get<TRegisterImport>(`/api/register/imports/${upload.id}`)
        .then(setUpload)
        .catch(() => {});
    }, 1000);
    return () => window.clearInterval(timer);
  }, [upload.id, upload.status]);

  const confirm = async () => {
    setIsApplying(true);
    setError(null);
    try {
      setUpload(await api.post<TRegisterImport>(`/api/register/imports/${upload.id}/confirm`));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsApplying(false);
    }
  };

  return (
    <section className="import-preview" data-testid="import-preview" data-status={upload.status}>
      <ul className="status-counts">
        {ACTIONS.map((action) => (
          <li key={action} className="chip" data-testid={`import-count-${action}`} data-count={upload.counts[action]}>
            {t(`sheets.counts.${action}`)} <strong>{upload.counts[action]}</strong>
          </li>
        ))}
      </ul>
      <ImportProblems title={t('sheets.errorsTitle')} problems={upload.errors} tone="error" testId="import-errors" />
      <ImportProblems title={t('sheets.noticesTitle')} problems={upload.notices} tone="info" testId="import-notices" />

      {upload.status === 'applying' ? (
        <p className="alert" role="status" data-testid="import-applying">
          {t('sheets.applyingInBackground', { count: writes })}
        </p>
      ) : upload.status === 'failed' ? (
        <div className="alert alert--error" role="alert" data-testid="import-failed">
          {t('sheets.applyFailed', { reason: upload.fileErrors.map((problem) => problem.message).join(' — ') })}
        </div>
      ) : upload.status === 'applied' ? (
        <div className="alert alert--success" role="status" data-testid="import-applied">
          <p>{t('sheets.applied', { create: upload.counts.create, update: upload.counts.update })}</p>
          <Link to="/requests">{t('sheets.toRegister')}</Link>
        </div>
      ) : upload.canConfirm ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => void confirm()}
          disabled={isApplying}
          data-testid="import-confirm"
        >
          {isApplying ? t('sheets.applying') : t('sheets.confirm', { count: writes })}
        </button>
      ) : upload.counts.error === 0 ? (
        <p className="muted" data-testid="import-nothing">
          {t('sheets.nothingToSave')}
        </p>
      ) : null}
      <ErrorAlert error={error} />
      <ImportRowsTable importId={upload.id} />
    </section>
  );
}
