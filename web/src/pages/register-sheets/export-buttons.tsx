import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TExportProgress } from '../../../../shared/register-schemas.ts';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { downloadBlob, fileNameOf } from './download-blob.ts';

type Props = { query: URLSearchParams };

/**
 * Exports what the register shows (its filters) as XLSX or CSV. The file streams from the server
 * while the page polls the export's progress, so a large export shows how far it has got.
 */
export function ExportButtons({ query }: Props) {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [finished, setFinished] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async (format: 'xlsx' | 'csv') => {
    const exportId = crypto.randomUUID();
    const params = new URLSearchParams(query);
    params.delete('limit');
    params.delete('cursor');
    params.set('format', format);
    params.set('exportId', exportId);
    params.set('language', i18n.language);
    setError(null);
    setFinished(null);
    setProgress({ done: 0, total: 0 });
    const timer = window.setInterval(() => {
      api
        .get<TExportProgress>(`/api/register/exports/${exportId}`)
        .then((answer) => setProgress({ done: answer.rowsDone, total: answer.rowsTotal }))
        .catch(() => {});
    }, 1000);
    try {
      const response = await fetch(`/api/register/export?${params}`, { credentials: 'same-origin' });
      if (!response.ok)
        throw new ApiError(
          await response.json().catch(() => ({ type: 'about:blank', title: response.statusText, status: response.status })),
        );
      const blob = await response.blob();
      downloadBlob(blob, fileNameOf(response.headers.get('content-disposition'), `register.${format}`));
      setFinished(Number(response.headers.get('x-export-rows') ?? 0));
    } catch (caught) {
      setError(caught);
    } finally {
      window.clearInterval(timer);
      setProgress(null);
    }
  };

  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        disabled={progress !== null}
        onClick={() => void start('xlsx')}
        data-testid="export-xlsx"
      >
        {t('sheets.exportXlsx')}
      </button>
      <button
        type="button"
        className="button"
        disabled={progress !== null}
        onClick={() => void start('csv')}
        data-testid="export-csv"
      >
        {t('sheets.exportCsv')}
      </button>
      <span role="status" aria-live="polite" className="muted" data-testid="export-progress">
        {progress ? (
          <>
            {t('sheets.exporting', { done: progress.done, total: progress.total })}{' '}
            <progress max={progress.total || 1} value={progress.done} />
          </>
        ) : finished !== null ? (
          t('sheets.exported', { total: finished })
        ) : null}
      </span>
      <ErrorAlert error={error} />
    </div>
  );
}
