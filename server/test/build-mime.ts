import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';

/** A 1×1 PNG, the smallest real screenshot. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A well-formed message as a mail client would send it (nodemailer's composer), as raw bytes. */
export async function buildMime(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ date: new Date('2026-03-03T10:00:00Z'), ...options }).compile().build();
}
