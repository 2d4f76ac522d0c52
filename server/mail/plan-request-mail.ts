import type { NotificationKind } from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import type { timelineEvents } from '../db/schema/index.ts';
import type { RequestMailFacts } from './load-request-for-mail.ts';
import type { MailLocale } from './mail-locale.ts';
import type { MailRecipient } from './mail-recipient.ts';
import { levelRecipients, reporterRecipients, userRecipients } from './request-recipients.ts';
import { commentAddedMail } from './templates/comment-added.ts';
import type { MailContent } from './templates/mail-content.ts';
import { requestAssignedMail } from './templates/request-assigned.ts';
import { requestEscalatedMail } from './templates/request-escalated.ts';
import type { RequestMailData } from './templates/request-mail-data.ts';
import { requestResolvedMail } from './templates/request-resolved.ts';

export type TimelineEventRow = typeof timelineEvents.$inferSelect;

/** Builds one recipient's mail: `redact` runs every free text through the sensitive-data guard. */
export type ComposeRequestMail = (
  locale: MailLocale,
  request: RequestMailData,
  redact: (text: string) => string,
  recipient: MailRecipient,
) => MailContent;

/** `isInApp`: the recipients with an account also get an in-app notification. */
export type RequestMailPlan = {
  kind: NotificationKind;
  recipients: MailRecipient[];
  isInApp?: boolean;
  compose: ComposeRequestMail;
};

const numberOf = (value: unknown) => (typeof value === 'number' ? value : Number(value ?? Number.NaN));

/**
 * Who hears about a timeline event, and what they read. Only public events mail anyone:
 * an internal note, or anything else internal, never leaves Support Hub.
 */
export async function planRequestMail(
  db: DbOrTx,
  request: RequestMailFacts,
  event: TimelineEventRow,
  actorName: string,
): Promise<RequestMailPlan | null> {
  if (event.isInternal) return null;
  const body = event.body ?? '';
  switch (event.type) {
    case 'comment':
    case 'external_comment': {
      // Those who follow the request: its reporter and the staff member assigned to it.
      const reporters = await reporterRecipients(db, request);
      const assignees = request.assigneeId ? await userRecipients(db, [request.assigneeId]) : [];
      const isReporter = (recipient: MailRecipient) =>
        reporters.some((reporter) => reporter.email.toLowerCase() === recipient.email.toLowerCase());
      return {
        kind: 'request_comment',
        recipients: [...reporters, ...assignees],
        isInApp: true,
        compose: (locale, data, redact, recipient) =>
          commentAddedMail(locale, { ...data, actorName, body: redact(body), isReporter: isReporter(recipient) }),
      };
    }
    case 'assigned': {
      const toId = event.data.toId;
      if (typeof toId !== 'string') return null;
      return {
        kind: 'request_assigned',
        recipients: await userRecipients(db, [toId]),
        compose: (locale, data) => requestAssignedMail(locale, { ...data, actorName, level: request.level }),
      };
    }
    case 'escalated': {
      const toLevel = numberOf(event.data.toLevel);
      if (!(toLevel > numberOf(event.data.fromLevel))) return null;
      const reason = typeof event.data.reason === 'string' ? event.data.reason : body;
      const teamName = toLevel === 3 ? request.vendorTeamName : null;
      return {
        kind: 'request_escalated',
        recipients: await levelRecipients(db, request, toLevel),
        compose: (locale, data, redact) =>
          requestEscalatedMail(locale, { ...data, actorName, toLevel, teamName, reason: redact(reason) }),
      };
    }
    case 'resolved':
      return {
        kind: 'request_resolved',
        recipients: await reporterRecipients(db, request),
        compose: (locale, data, redact) => requestResolvedMail(locale, { ...data, actorName, resolution: redact(body) }),
      };
    default:
      return null;
  }
}
