import { createHmac, timingSafeEqual } from 'node:crypto';
import { type EmailKind, isEmailKind } from '../../shared/mail-schemas.ts';
import { isUuid } from './is-uuid.ts';

export type UnsubscribeSubject = { userId: string; kind: EmailKind };

const signature = (secret: string, userId: string, kind: string) =>
  createHmac('sha256', secret).update(`unsubscribe\n${userId}\n${kind}`).digest('base64url');

/**
 * `<userId>.<kind>.<HMAC-SHA256>`: stops one kind of mail for one person without signing in.
 * It never expires, as an unsubscribe link in an old mail must keep working.
 */
export function signUnsubscribeToken(secret: string, subject: UnsubscribeSubject): string {
  return `${subject.userId}.${subject.kind}.${signature(secret, subject.userId, subject.kind)}`;
}

/** The user and kind a token stands for, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeSubject | null {
  const [userId, kind, given, ...rest] = token.split('.');
  if (rest.length > 0 || !userId || !kind || !given || !isUuid(userId) || !isEmailKind(kind)) return null;
  const expected = Buffer.from(signature(secret, userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, kind };
}
