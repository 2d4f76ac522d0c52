import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import type { AdminEditing } from './use-admin-editing.ts';

type Props<T extends { id: string; name: string }, Notice> = {
  /** The tab; it names the heading (`admin.tabs.<tab>`, id `<tab>-title`). */
  tab: 'sites' | 'users' | 'teams';
  list: AdminEditing<T, Notice>;
  newLabel: string;
  newTestId: string;
  /** The form for the item being edited (null: a new one). */
  renderForm: (item: T | null) => ReactNode;
  /** Where the tab's own notice (`list.notice`) goes, under the "saved" one. */
  notices?: ReactNode;
  error: unknown;
  tableTestId: string;
  /** Column headings; an Actions column follows them. */
  columns: string[];
  /** The table rows. */
  children: ReactNode;
};

/** An admin tab's list: heading with a "new" button, the last save's notice, the open form and the table. */
export function AdminListSection<T extends { id: string; name: string }, Notice>({
  tab,
  list,
  newLabel,
  newTestId,
  renderForm,
  notices,
  error,
  tableTestId,
  columns,
  children,
}: Props<T, Notice>) {
  const { t } = useTranslation();
  const { editing, savedName } = list;
  return (
    <section aria-labelledby={`${tab}-title`}>
      <div className="section-header">
        <h2 id={`${tab}-title`}>{t(`admin.tabs.${tab}`)}</h2>
        <button type="button" className="button button--primary" onClick={() => list.open('new')} data-testid={newTestId}>
          {newLabel}
        </button>
      </div>
      {savedName ? (
        <div className="alert alert--success" role="status">
          {t('admin.saved', { name: savedName })}
        </div>
      ) : null}
      {notices}
      {editing ? (
        <Fragment key={editing === 'new' ? 'new' : editing.id}>{renderForm(editing === 'new' ? null : editing)}</Fragment>
      ) : null}
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table className="table table--cards" data-testid={tableTestId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

/** A row's "Edit" button, named after the item for screen readers. */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--small" onClick={onClick} aria-label={t('admin.editNamed', { name })}>
      {t('common.edit')}
    </button>
  );
}
