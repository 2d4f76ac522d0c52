import type { z } from 'zod';
import type { TOfflineChange } from '../../../shared/sync-schemas.ts';
import { ApiError } from '../api/api-error.ts';
import { isBrowserOffline, isNetworkError } from './is-network-error.ts';
import { queueChange } from './outbox.ts';
import type { OutboxItem } from './outbox-db.ts';

export type SentOrQueued<T> = { isQueued: false; value: T } | { isQueued: true; clientId: string };

/**
 * Sends a change now when the browser is online, or keeps it in the outbox: offline, or when the
 * call never reached the server. The change carries its clientId both ways, so if the first call
 * did arrive after all, the outbox's later send answers the same item instead of a second one.
 */
export async function sendOrQueue<T>(options: {
  userId: string;
  change: TOfflineChange;
  display: OutboxItem['display'];
  send: () => Promise<T>;
}): Promise<SentOrQueued<T>> {
  if (!isBrowserOffline()) {
    try {
      return { isQueued: false, value: await options.send() };
    } catch (error) {
      if (!isNetworkError(error)) throw error;
    }
  }
  await queueChange(options.userId, options.change, options.display);
  return { isQueued: true, clientId: options.change.clientId };
}

/** Checks input offline with the server's own schema, so a queued change fails now, not on sync. */
export function validateOffline<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ApiError({
    type: 'validation',
    title: 'Some fields need attention',
    status: 400,
    errors: parsed.error.issues.map((issue) => ({
      field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
      message: issue.message,
    })),
  });
}

export const newClientId = () => crypto.randomUUID();
