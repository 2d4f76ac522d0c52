import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportAction, TImportRow } from '../../../../shared/register-schemas.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

const PAGE = 100;
const ACTIONS: ImportAction[] = ['create', 'update', 'unchanged', 'error'];

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The preview row by row: what each row will do, with each change and each problem. */
export function ImportRowsTable({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ImportAction | ''>('');
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ offset: String(offset), limit: String(PAGE) });
  if (action) query.set('action', action);
  const { data, error } = useApiData<{ items: TImportRow[]; total: number }>(`/api/register/imports/${importId}/rows?${query}`);

  return (
    <section className="import-rows">
      <label className="field field--inline">
        <span>{t('sheets.action')}</span>
        <select
          value={action}
          data-testid="import-rows-filter"
          onChange={(event) => {
            setAction(event.target.value as ImportAction | '');
            setOffset(0);
          }}
        >
          <option value="">{t('sheets.allRows')}</option>
          {ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`sheets.actions.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <ErrorAlert error={error} />
      {data ? (
        <>
          <div className="table-wrap">
            <table className="table" data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col">{t('sheets.row')}</th>
                  <th scope="col">{t('sheets.action')}</th>
                  <th scope="col">{t('sheets.reference')}</th>
                  <th scope="col">{t('sheets.rowId')}</th>
                  <th scope="col">{t('sheets.summary')}</th>
                  <th scope="col">{t('sheets.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.row} data-action={item.action} data-testid="import-row">
                    <td>{item.row}</td>
                    <td>
                      <span className={`badge badge--${item.action}`}>{t(`sheets.actions.${item.action}`)}</span>
                    </td>
                    <td>{show(item.reference)}</td>
                    <td>{show(item.rowId)}</td>
                    <td>{show(item.summary)}</td>
                    <td>
                      <ul className="plain-list">
                        {item.changes.map((change) => (
                          <li key={change.field}>
                            <strong>{change.field}</strong>: {show(change.from)} → {show(change.to)}
                          </li>
                        ))}
                        {item.errors.map((problem) => (
                          <li key={`${problem.column}-${problem.message}`} className="error-text">
                            {problem.column ? <strong>{problem.column}</strong> : null} {problem.message}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="load-more">
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t('sheets.previous')}
            </button>
            <span className="muted">
              {data.total === 0 ? 0 : offset + 1}–{Math.min(offset + PAGE, data.total)} / {data.total}
            </span>
            <button
              type="button"
              className="button"
              disabled={offset + PAGE >= data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('sheets.next')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
