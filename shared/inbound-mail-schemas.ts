import { z } from 'zod';

export const MAILBOX_SECURITIES = ['tls', 'starttls', 'none'] as const;
export type MailboxSecurity = (typeof MAILBOX_SECURITIES)[number];

const ZUuid = z.string().uuid();
const ZHost = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or an IP address');

export const ZMailboxSiteRule = z.object({
  address: z.string().trim().toLowerCase().max(320).email('must be an e-mail address'),
  siteId: ZUuid,
});
export type TMailboxSiteRule = z.infer<typeof ZMailboxSiteRule>;

const MAILBOX_FIELDS = {
  name: z.string().trim().min(1).max(200),
  /** The site mail files at; for a shared mailbox the fallback when no rule matches (null: none). */
  siteId: ZUuid.nullable(),
  siteRules: z.array(ZMailboxSiteRule).max(200),
  host: ZHost,
  port: z.number().int().min(1).max(65535),
  security: z.enum(MAILBOX_SECURITIES),
  username: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000).optional(),
  folder: z.string().trim().min(1).max(200),
  isActive: z.boolean(),
};

/**
 * What an admin sets; `password` left out keeps the stored one, and is never sent back. Whether
 * mail is acknowledged and what a reply to a closed request does are settings of the site the
 * mail files at (ZSiteInput), not of the mailbox.
 */
export const ZMailboxInput = z.object({
  ...MAILBOX_FIELDS,
  siteId: MAILBOX_FIELDS.siteId.default(null),
  siteRules: MAILBOX_FIELDS.siteRules.default([]),
  security: MAILBOX_FIELDS.security.default('tls'),
  folder: MAILBOX_FIELDS.folder.default('INBOX'),
  isActive: MAILBOX_FIELDS.isActive.default(true),
});
export type TMailboxInput = z.input<typeof ZMailboxInput>;

/** Only the fields given change (no defaults fill the others in). */
export const ZMailboxUpdate = z.object(MAILBOX_FIELDS).partial();
export type TMailboxUpdate = z.input<typeof ZMailboxUpdate>;

export const ZMailbox = z.object({
  id: z.string(),
  name: z.string(),
  siteId: z.string().nullable(),
  siteRules: z.array(z.object({ address: z.string(), siteId: z.string() })),
  host: z.string(),
  port: z.number(),
  security: z.enum(MAILBOX_SECURITIES),
  username: z.string(),
  /** Whether a password is stored; the password itself never leaves the server. */
  hasPassword: z.boolean(),
  folder: z.string(),
  isActive: z.boolean(),
  lastCheckedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TMailbox = z.infer<typeof ZMailbox>;

export const ZMailboxList = z.object({ items: z.array(ZMailbox) });

export const IMAP_FAILURE_CODES = ['dns', 'refused', 'timeout', 'tls', 'auth', 'folder', 'password_unreadable', 'other'] as const;

/** The answer of "test connection": fine, or exactly what is wrong. */
export const ZMailboxConnectionResult = z.object({
  isOk: z.boolean(),
  code: z.enum(IMAP_FAILURE_CODES).nullable(),
  message: z.string(),
  /** Messages in the folder, when it could be opened. */
  messageCount: z.number().nullable(),
});
export type TMailboxConnectionResult = z.infer<typeof ZMailboxConnectionResult>;

/** "Test connection" on settings not saved yet (the stored password when none is typed), or on a saved mailbox. */
export const ZMailboxConnectionTest = z.object({
  host: ZHost,
  port: MAILBOX_FIELDS.port,
  security: MAILBOX_FIELDS.security.default('tls'),
  username: MAILBOX_FIELDS.username,
  password: MAILBOX_FIELDS.password,
  folder: MAILBOX_FIELDS.folder.default('INBOX'),
  mailboxId: ZUuid.optional(),
});
export type TMailboxConnectionTest = z.input<typeof ZMailboxConnectionTest>;
