import type { MailLocale } from './mail-locale.ts';

/** Someone to mail: an account (whose preferences apply), or a reporter known only by address. */
export type MailRecipient = { userId: string | null; email: string; locale: MailLocale };
