import type { mailboxes } from '../../db/schema/index.ts';

type Mailbox = Pick<typeof mailboxes.$inferSelect, 'siteId' | 'siteRules'>;

/** The site a new request from this mail belongs to: the first rule naming a recipient, else the mailbox's site. */
export function routeMailToSite(mailbox: Mailbox, recipients: string[]): string | null {
  const sentTo = new Set(recipients.map((address) => address.toLowerCase()));
  const rule = mailbox.siteRules.find((candidate) => sentTo.has(candidate.address.toLowerCase()));
  return rule?.siteId ?? mailbox.siteId;
}
