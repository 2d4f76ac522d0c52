import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveForm } from '../../api/use-save-form.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';

type Props = {
  title: string;
  form: SaveForm;
  /** Fields with an inline error; the alert lists the others. */
  shownFields: readonly string[];
  onCancel: () => void;
  testId: string;
  saveTestId: string;
  children: ReactNode;
};

/** The panel an admin list opens to create or edit one item: its fields, then errors, Save and Cancel. */
export function AdminForm({ title, form, shownFields, onCancel, testId, saveTestId, children }: Props) {
  const { t } = useTranslation();
  return (
    <form className="form panel admin-form" onSubmit={form.onSubmit} noValidate data-testid={testId}>
      <h3>{title}</h3>
      {children}
      <ErrorAlert error={form.error} shownFields={shownFields} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.isPending} data-testid={saveTestId}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
