import { isApiError } from '../api/api-error.ts';

/** The call never reached the server (the client reports status 0), or the browser knows it is offline. */
export const isNetworkError = (error: unknown) => isApiError(error) && error.status === 0;

export const isBrowserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
