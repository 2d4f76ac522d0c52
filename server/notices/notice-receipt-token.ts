import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../mail/is-uuid.ts';

const signature = (secret: string, deliveryId: string) =>
  createHmac('sha256', secret).update(`notice-receipt\n${deliveryId}`).digest('base64url');

/** `<deliveryId>.<HMAC-SHA256>`: the link in a notice mail, which records that it was opened. */
export function signNoticeReceipt(secret: string, deliveryId: string): string {
  return `${deliveryId}.${signature(secret, deliveryId)}`;
}

/** The delivery a token stands for, or null when it is malformed or its signature does not match. */
export function verifyNoticeReceipt(secret: string, token: string): string | null {
  const [deliveryId, given, ...rest] = token.split('.');
  if (rest.length > 0 || !deliveryId || !given || !isUuid(deliveryId)) return null;
  const expected = Buffer.from(signature(secret, deliveryId));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return deliveryId;
}
