import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { isInScope, type RequestScopeFacts } from '../policies/request-policy.ts';
import { toActor } from '../users/present-user.ts';
import { toMailLocale } from './mail-locale.ts';
import type { MailRecipient } from './mail-recipient.ts';

type UserRow = typeof users.$inferSelect;
export type RequestForMail = RequestScopeFacts & { reporterContact: string | null; language: string };

const EMAIL_ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const asRecipient = (user: UserRow): MailRecipient => ({ userId: user.id, email: user.email, locale: toMailLocale(user.locale) });

/** The reporter: their account, or the contact they gave when it is an e-mail address (in the request's language). */
export async function reporterRecipients(db: DbOrTx, request: RequestForMail): Promise<MailRecipient[]> {
  if (request.reporterId) return userRecipients(db, [request.reporterId]);
  const contact = request.reporterContact?.trim() ?? '';
  return EMAIL_ADDRESS.test(contact) ? [{ userId: null, email: contact, locale: toMailLocale(request.language) }] : [];
}

/** Active accounts among these ids. */
export async function userRecipients(db: DbOrTx, ids: string[]): Promise<MailRecipient[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.isActive, true)));
  return rows.map(asRecipient);
}

/**
 * The people of the level a request was escalated to: at level 2 the help desk and the
 * coordinators whose sites and modules cover it, at level 3 the members of its vendor team.
 */
export async function levelRecipients(db: DbOrTx, request: RequestForMail, level: number): Promise<MailRecipient[]> {
  if (level === 3) {
    if (!request.vendorTeamId) return [];
    const members = await db
      .select()
      .from(users)
      .where(and(eq(users.vendorTeamId, request.vendorTeamId), eq(users.role, 'vendor'), eq(users.isActive, true)));
    return members.map(asRecipient);
  }
  const candidates = await db
    .select()
    .from(users)
    .where(and(inArray(users.role, ['coordinator', 'help_desk']), eq(users.isActive, true)));
  return candidates.filter((user) => isInScope(toActor(user), request)).map(asRecipient);
}
