export type SmtpFailure = { isPermanent: boolean; reason: string };

type SmtpErrorFields = { responseCode?: unknown; response?: unknown; code?: unknown; message?: unknown };

/**
 * Reads a nodemailer error: a 5xx reply is final (unknown mailbox, policy rejection) and a 4xx
 * reply or a network problem is worth retrying. The reason is the server's own reply when it
 * gave one; nodemailer's messages carry no password.
 */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? error : {};
  const code = typeof fields.responseCode === 'number' ? fields.responseCode : null;
  const reply = typeof fields.response === 'string' ? fields.response.trim() : '';
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const reason = (reply || message).slice(0, 1000);
  return { isPermanent: code !== null && code >= 500 && code < 600, reason };
}
