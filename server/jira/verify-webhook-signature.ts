import { createHmac, timingSafeEqual } from 'node:crypto';

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** `X-Hub-Signature: sha256=<hex>`: HMAC-SHA256 of the raw body with the team's webhook secret. */
export function isValidWebhookSignature(rawBody: Buffer, header: string, secret: string): boolean {
  const [algorithm, digest] = header.split('=', 2);
  if (algorithm !== 'sha256' || !digest) return false;
  return sameText(createHmac('sha256', secret).update(rawBody).digest('hex'), digest.toLowerCase());
}

export const isValidWebhookToken = (token: string, secret: string) => sameText(token, secret);

export function webhookSignature(rawBody: Buffer | string, secret: string) {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}
