import type { MailboxSecurity, TMailbox } from '../../../shared/inbound-mail-schemas.ts';
import type { MailboxRow } from './import-inbound-mail.ts';

/** A mailbox as the API shows it: whether a password is set, never the password. */
export function presentMailbox(row: MailboxRow): TMailbox {
  return {
    id: row.id,
    name: row.name,
    siteId: row.siteId,
    siteRules: row.siteRules,
    host: row.host,
    port: row.port,
    security: row.security as MailboxSecurity,
    username: row.username,
    hasPassword: Boolean(row.passwordEncrypted),
    folder: row.folder,
    isActive: row.isActive,
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
