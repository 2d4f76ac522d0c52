import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TextField } from '../../components/fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { OnDutySection } from '../sla/on-duty-section.tsx';
import { NotificationPreferencesSection } from './notification-preferences-section.tsx';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { refresh } = useAuth();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const save = useAction(() => api.post<void>('/api/auth/password', { currentPassword, newPassword }));
  const errors = fieldErrorsOf(save.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsDone(false);
    if (newPassword !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await save.run();
    if (!result.ok) return;
    setIsDone(true);
    setCurrentPassword('');
    setNewPassword('');
    setConfirmation('');
    await refresh();
  };

  return (
    <div className="page page--narrow">
      <h1>{t('account.title')}</h1>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          id="current-password"
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          errorName="currentPassword"
          error={errors.currentPassword}
        />
        <TextField
          id="new-password"
          label={t('account.newPassword')}
          hint={t('account.hint')}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          errorName="newPassword"
          error={errors.newPassword}
        />
        <TextField
          id="confirm-password"
          label={t('account.confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          errorName="confirmPassword"
          error={mismatch ? t('account.mismatch') : undefined}
        />
        <ErrorAlert error={save.error} shownFields={FIELDS} />
        {isDone ? (
          <div className="alert alert--success" role="status" data-testid="password-changed">
            {t('account.changed')}
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="password-submit">
          {t('account.submit')}
        </button>
      </form>
      <NotificationPreferencesSection />
      <OnDutySection />
    </div>
  );
}
