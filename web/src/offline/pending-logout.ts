const KEY = 'support-hub-logout-pending';

/** Signing out offline cannot reach the server; the next load ends that session first. */
export function markPendingLogout() {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Storage refused: the session simply ends when it expires.
  }
}

export function hasPendingLogout(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function clearPendingLogout() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
