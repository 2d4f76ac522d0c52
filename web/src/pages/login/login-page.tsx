import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';

function targetOf(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { session, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = useAction(() => login(email.trim(), password));

  if (session.status === 'authenticated') return <Navigate to={targetOf(location.state)} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await submit.run();
    if (result.ok) navigate(targetOf(location.state), { replace: true });
  };

  const error = submit.error;
  let message: string | null = null;
  if (isApiError(error)) {
    if (error.status === 401) message = t('login.invalid');
    else if (error.status === 429) message = t('login.rateLimited');
    else if (error.status === 0) message = t('errors.network');
    else message = error.problem.detail ?? error.problem.title;
  } else if (error) {
    message = t('errors.generic');
  }

  return (
    <main className="login" id="main">
      <div className="login__card">
        <div className="login__top">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        <p className="muted">{t('login.tagline')}</p>
        <form className="form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              data-testid="login-email"
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="login-password"
            />
          </div>
          {message ? (
            <div className="alert alert--error" role="alert" data-testid="login-error">
              {message}
            </div>
          ) : null}
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={submit.isPending}
            data-testid="login-submit"
          >
            {submit.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
        <p className="login__hint">{t('login.demoHint')}</p>
      </div>
    </main>
  );
}
