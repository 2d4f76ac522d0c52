import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.tsx';
import { ErrorAlert } from './error-alert.tsx';

/** Renders the child routes for a signed-in user; sends everyone else to /login and back. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { session, refresh } = useAuth();
  const location = useLocation();

  if (session.status === 'loading') {
    return (
      <p className="page-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (session.status === 'error') {
    return (
      <main className="page page--narrow">
        <ErrorAlert error={session.error} />
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  return <Outlet />;
}
