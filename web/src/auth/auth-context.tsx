import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import type { TMe } from '../api/types.ts';
import { applyUserLocale } from '../i18n/index.ts';
import { clearOfflineCache } from '../offline/clear-offline-cache.ts';
import { isNetworkError } from '../offline/is-network-error.ts';
import { clearPendingLogout, hasPendingLogout, markPendingLogout } from '../offline/pending-logout.ts';

type Session =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; error: unknown }
  | { status: 'authenticated'; me: TMe };

type AuthValue = {
  session: Session;
  login: (email: string, password: string) => Promise<TMe>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
};

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  const signIn = useCallback((me: TMe) => {
    setCsrfToken(me.csrfToken);
    setSession({ status: 'authenticated', me });
  }, []);

  const signOut = useCallback(() => {
    setCsrfToken(null);
    void clearOfflineCache();
    setSession({ status: 'anonymous' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const me = await api.get<TMe>('/api/me');
      if (await hasPendingLogout()) {
        // Signed out while offline: end that session on the server now, before anyone uses it.
        setCsrfToken(me.csrfToken);
        await api.post<void>('/api/auth/logout');
        await clearPendingLogout();
        signOut();
        return;
      }
      // A restored session speaks the account's language too, not only a fresh sign-in.
      applyUserLocale(me.user.locale);
      signIn(me);
    } catch (error) {
      if (isApiError(error) && error.status === 401) signOut();
      else setSession({ status: 'error', error });
    }
  }, [signIn, signOut]);

  useEffect(() => {
    void refresh();
    setUnauthorizedHandler(signOut);
    return () => setUnauthorizedHandler(null);
  }, [refresh, signOut]);

  const login = useCallback(
    async (email: string, password: string) => {
      const me = await api.post<TMe>('/api/auth/login', { email, password });
      await clearPendingLogout();
      await clearOfflineCache();
      applyUserLocale(me.user.locale);
      signIn(me);
      return me;
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/api/auth/logout');
    } catch (error) {
      if (isNetworkError(error)) await markPendingLogout();
      throw error;
    } finally {
      signOut();
    }
  }, [signOut]);

  const value = useMemo(() => ({ session, login, logout, refresh }), [session, login, logout, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): TMe {
  const { session } = useAuth();
  if (session.status !== 'authenticated') throw new Error('useMe needs a signed-in user');
  return session.me;
}
