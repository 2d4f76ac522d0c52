import type { InboundMail } from './parse-inbound-mail.ts';

/** What a received message is, before anything is done with it. */
export type MailClass =
  | { kind: 'bounce' }
  | { kind: 'own_message' }
  | { kind: 'auto_reply'; reason: string }
  | { kind: 'person' };

const OUR_ID = /^<(event|request|topic|topic-reply|ack|digest)-[^@>]+@([^>]+)>$/i;

/** Whether a Message-ID is one we made (`<event-42@host>`, `<request-…@host>` …) for this host. */
export function isOurMessageId(messageId: string, host: string): boolean {
  const match = OUR_ID.exec(messageId);
  return match !== null && match[2].toLowerCase() === host.toLowerCase();
}

const headerValue = (mail: InboundMail, name: string) => (mail.headers.get(name) ?? []).join(' ').trim();

/**
 * Never loop and never answer machines. A delivery report (multipart/report with
 * report-type=delivery-status, from a mailer daemon, or with an empty return path) is a bounce;
 * our own mail coming back is ignored; RFC 3834 `Auto-Submitted` other than `no`, bulk, junk or
 * list `Precedence`, `X-Autoreply` and `X-Auto-Response-Suppress` mark a machine.
 */
export function classifyInboundMail(mail: InboundMail, host: string): MailClass {
  const contentType = mail.contentType.replace(/\s+/g, '');
  const isDeliveryReport = contentType.startsWith('multipart/report') && /report-type="?delivery-status/.test(contentType);
  const sender = mail.from?.address ?? '';
  const isDaemon = /^(mailer-daemon|postmaster)@/i.test(sender);
  const returnPath = mail.headers.get('return-path');
  const hasEmptyReturnPath = returnPath?.some((value) => value.replace(/\s+/g, '') === '<>');
  if (isDeliveryReport || isDaemon || hasEmptyReturnPath) return { kind: 'bounce' };
  if (mail.messageId && isOurMessageId(mail.messageId, host)) return { kind: 'own_message' };
  const autoSubmitted = headerValue(mail, 'auto-submitted').toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return { kind: 'auto_reply', reason: `Auto-Submitted: ${autoSubmitted}` };
  const precedence = headerValue(mail, 'precedence').toLowerCase();
  if (['bulk', 'junk', 'list'].includes(precedence)) return { kind: 'auto_reply', reason: `Precedence: ${precedence}` };
  for (const name of ['x-autoreply', 'x-autorespond', 'x-auto-response-suppress']) {
    if (mail.headers.has(name)) return { kind: 'auto_reply', reason: `${name} header` };
  }
  return { kind: 'person' };
}
