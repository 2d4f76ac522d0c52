import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TRegisterImport } from '../../../../shared/register-schemas.ts';
import { isApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ImportPreview } from './import-preview.tsx';
import { ImportProblems } from './import-problems.tsx';

/** Upload a register sheet, follow the analysis, read the preview, then confirm. */
export function RegisterImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('sheets.importTitle'));
  const sites = useApiData<TSite[]>('/api/sites');
  const [siteId, setSiteId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [rowsRead, setRowsRead] = useState<number | null>(null);
  const [preview, setPreview] = useState<TRegisterImport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const importId = crypto.randomUUID();
    setError(null);
    setPreview(null);
    setRowsRead(0);
    // The upload answers once the file is analysed; meanwhile the import's row count shows progress.
    const timer = window.setInterval(() => {
      api
        .get<TRegisterImport>(`/api/register/imports/${importId}`)
        .then((answer) => setRowsRead(answer.rowsDone))
        .catch(() => {});
    }, 1000);
    try {
      const query = new URLSearchParams({ importId });
      if (siteId) query.set('siteId', siteId);
      setPreview(await api.upload<TRegisterImport>(`/api/register/imports?${query}`, file));
    } catch (caught) {
      setError(caught);
    } finally {
      window.clearInterval(timer);
      setRowsRead(null);
    }
  };

  const fileErrors =
    isApiError(error) && Array.isArray((error.problem as { fileErrors?: unknown }).fileErrors)
      ? ((error.problem as unknown as { fileErrors: TRegisterImport['fileErrors'] }).fileErrors ?? [])
      : [];

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('sheets.importTitle')}</h1>
        <div className="page__actions">
          <Link to="/requests" className="button">
            {t('sheets.toRegister')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('sheets.intro')}</p>

      <form className="form" onSubmit={upload} data-testid="import-form">
        <label className="field">
          <span>{t('sheets.site')}</span>
          <select value={siteId} onChange={(event) => setSiteId(event.target.value)} data-testid="import-site">
            <option value="">{t('sheets.anySite')}</option>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.name} ({site.code})
              </option>
            ))}
          </select>
          <small className="muted">{t('sheets.siteHint')}</small>
        </label>
        {siteId ? (
          <p className="template-links">
            {t('sheets.template')}:{' '}
            <a href={`/api/register/sites/${siteId}/template?format=xlsx`} download data-testid="template-xlsx">
              {t('sheets.templateXlsx')}
            </a>{' '}
            ·{' '}
            <a href={`/api/register/sites/${siteId}/template?format=csv`} download data-testid="template-csv">
              {t('sheets.templateCsv')}
            </a>
          </p>
        ) : null}
        <label className="field">
          <span>{t('sheets.file')}</span>
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={!file || rowsRead !== null}
          data-testid="import-upload"
        >
          {t('sheets.upload')}
        </button>
        {rowsRead !== null ? (
          <p role="status" aria-live="polite" data-testid="import-progress">
            {t('sheets.analysing', { rows: rowsRead })} <progress />
          </p>
        ) : null}
      </form>

      {fileErrors.length > 0 ? (
        <ImportProblems title={t('sheets.fileErrors')} problems={fileErrors} tone="error" testId="import-file-errors" />
      ) : (
        <ErrorAlert error={error} />
      )}
      {preview ? <ImportPreview key={preview.id} initial={preview} /> : null}
    </div>
  );
}
