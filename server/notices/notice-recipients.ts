import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { NoticeHop } from '../../shared/notice-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, users } from '../db/schema/index.ts';

export type NoticeRecipient = { userId: string | null; email: string; name: string; locale: string | null };

const CLOSED_STATUSES = ['resolved', 'closed'];
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

async function staffOf(tx: DbOrTx, siteId: string, role: 'coordinator' | 'site_admin'): Promise<NoticeRecipient[]> {
  const rows = await tx
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, role), eq(users.isActive, true), sql`${siteId}::uuid = any(${users.siteIds})`))
    .orderBy(users.name);
  return rows;
}

/**
 * End users of a site: reporters with an account there, and whoever is the contact on one of the
 * site's open requests (an account or an address). Each address once.
 */
async function endUsersOf(tx: DbOrTx, siteId: string): Promise<NoticeRecipient[]> {
  const reporters = await tx
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, 'reporter'), eq(users.isActive, true), sql`${siteId}::uuid = any(${users.siteIds})`));
  const open = await tx
    .select({
      userId: users.id,
      userEmail: users.email,
      userName: users.name,
      userLocale: users.locale,
      isActive: users.isActive,
      contact: helpRequests.reporterContact,
      contactName: helpRequests.reporterName,
    })
    .from(helpRequests)
    .leftJoin(users, eq(users.id, helpRequests.reporterId))
    .where(and(eq(helpRequests.siteId, siteId), notInArray(helpRequests.status, CLOSED_STATUSES)));
  const found = new Map<string, NoticeRecipient>();
  const add = (recipient: NoticeRecipient) => {
    const key = recipient.email.toLowerCase();
    if (!found.has(key)) found.set(key, recipient);
  };
  for (const reporter of reporters) add(reporter);
  for (const row of open) {
    if (row.userId && row.userEmail && row.isActive) {
      add({ userId: row.userId, email: row.userEmail, name: row.userName ?? row.userEmail, locale: row.userLocale });
    } else if (!row.userId && row.contact && EMAIL.test(row.contact.trim())) {
      add({ userId: null, email: row.contact.trim(), name: row.contactName ?? row.contact.trim(), locale: null });
    }
  }
  return [...found.values()];
}

export function recipientsOf(tx: DbOrTx, siteId: string, hop: NoticeHop): Promise<NoticeRecipient[]> {
  if (hop === 'coordinator') return staffOf(tx, siteId, 'coordinator');
  if (hop === 'site_admin') return staffOf(tx, siteId, 'site_admin');
  return endUsersOf(tx, siteId);
}
