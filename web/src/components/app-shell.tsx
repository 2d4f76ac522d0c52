import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth/auth-context.tsx';
import { LogoutGuard } from '../offline/logout-guard.tsx';
import { OfflineStatus } from '../offline/offline-status.tsx';
import { useOutbox } from '../offline/use-outbox.ts';
import { NotificationsBell } from '../pages/notifications/notifications-bell.tsx';
import { HeaderSearch } from './header-search.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { PageLoading } from './lazy-page.tsx';

export function AppShell() {
  const { t } = useTranslation();
  const { user, abilities } = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [isLogoutGuardOpen, setIsLogoutGuardOpen] = useState(false);
  const outbox = useOutbox();

  // A followed link closes the phone menu.
  useEffect(() => {
    void location.pathname;
    setIsMenuOpen(false);
  }, [location.pathname]);

  const canAdmin = abilities.manageSites || abilities.manageUsers || abilities.manageVendorTeams;
  const registerLabel = user.role === 'reporter' ? t('nav.myRequests') : t('nav.register');

  const onLogout = async () => {
    setIsLogoutGuardOpen(false);
    await logout().catch(() => undefined);
    navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="header__bar">
          <Link to="/" className="header__brand">
            {t('app.name')}
          </Link>
          <NotificationsBell />
          <button
            type="button"
            className="button button--ghost header__toggle"
            aria-expanded={isMenuOpen}
            aria-controls="header-menu"
            data-testid="menu-toggle"
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            {t('app.menu')}
          </button>
        </div>
        <div id="header-menu" className={isMenuOpen ? 'header__menu is-open' : 'header__menu'}>
          <nav aria-label={t('nav.label')} className="nav">
            <ul>
              {abilities.viewRegister ? (
                <li>
                  <NavLink to="/requests" end data-testid="nav-register">
                    {registerLabel}
                  </NavLink>
                </li>
              ) : null}
              {abilities.createRequest ? (
                <li>
                  <NavLink to="/requests/new" data-testid="nav-new-request">
                    {t('nav.newRequest')}
                  </NavLink>
                </li>
              ) : null}
              {abilities.logPhoneRequest ? (
                <li>
                  <NavLink to="/requests/phone-log" data-testid="nav-phone-log">
                    {t('nav.phoneLog')}
                  </NavLink>
                </li>
              ) : null}
              {abilities.viewVendorQueue ? (
                <li>
                  <NavLink to="/vendor-queue" data-testid="nav-vendor-queue">
                    {t('nav.vendorQueue')}
                  </NavLink>
                </li>
              ) : null}
              {abilities.viewRegister ? (
                <li>
                  <NavLink to="/insights" data-testid="nav-insights">
                    {t('search.nav.insights')}
                  </NavLink>
                </li>
              ) : null}
              {abilities.viewConsolidatedRegister ? (
                <li>
                  <NavLink to="/consolidated" data-testid="nav-consolidated">
                    {t('consolidation.nav')}
                  </NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/kb" data-testid="nav-kb">
                  {t('kb.nav')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/community" data-testid="nav-community">
                  {t('community.nav')}
                </NavLink>
              </li>
              {user.role !== 'vendor' ? (
                <li>
                  <NavLink to="/notices" data-testid="nav-notices">
                    {t('notices.nav')}
                  </NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/releases" data-testid="nav-releases">
                  {t('releases.nav')}
                </NavLink>
              </li>
              {abilities.decideDeferrals ? (
                <li>
                  <NavLink to="/deferrals" data-testid="nav-deferrals">
                    {t('releases.navDeferrals')}
                  </NavLink>
                </li>
              ) : null}
              {canAdmin ? (
                <li>
                  <NavLink to="/admin" data-testid="nav-admin">
                    {t('nav.admin')}
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <HeaderSearch />
          <div className="header__tools">
            <LanguageSwitcher />
            <span className="header__user" data-testid="current-user">
              <span>{user.name}</span>
              <span className="header__user-role">{t(`role.${user.role}`)}</span>
            </span>
            <Link to="/account/password" className="header__link" data-testid="change-password-link">
              {t('user.changePassword')}
            </Link>
            <button
              type="button"
              className="button button--ghost"
              data-testid="logout"
              onClick={() => (outbox.pending.length ? setIsLogoutGuardOpen(true) : void onLogout())}
            >
              {t('user.logout')}
            </button>
          </div>
        </div>
      </header>
      {user.mustChangePassword && location.pathname !== '/account/password' ? (
        <div className="alert alert--warning banner" role="status">
          {t('user.mustChangePassword')} <Link to="/account/password">{t('user.changePassword')}</Link>
        </div>
      ) : null}
      <OfflineStatus />
      {isLogoutGuardOpen ? (
        <LogoutGuard pending={outbox.pending} onCancel={() => setIsLogoutGuardOpen(false)} onLogout={() => void onLogout()} />
      ) : null}
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
