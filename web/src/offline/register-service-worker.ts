/// <reference types="vite/client" />
/** Installs /sw.js (production builds only: the dev server has no built files to keep). */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; offline use needs it.
    });
  });
}
