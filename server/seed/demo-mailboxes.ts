import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { mailboxes, sites } from '../db/schema/index.ts';

/**
 * Two example mailboxes, switched off and without passwords (there is no mail server to read in
 * the demo): Sierra Leone's own, and a shared one whose rules route by address. What each site
 * does with its mail differs: Sierra Leone acknowledges new requests, Jordan opens a new linked
 * request for a reply to a closed one (the others keep the defaults).
 */
export async function seedDemoMailboxes(options: { db: Database; log: (line: string) => void }) {
  const rows = await options.db
    .select({ id: sites.id, code: sites.code })
    .from(sites)
    .where(inArray(sites.code, ['SLE', 'JOR', 'COD']));
  const site = (code: string) => rows.find((row) => row.code === code)?.id ?? null;
  await options.db.insert(mailboxes).values([
    {
      name: 'Sierra Leone support (example)',
      siteId: site('SLE'),
      host: 'imap.example.org',
      port: 993,
      security: 'tls',
      username: 'sle-support@example.org',
      isActive: false,
    },
    {
      name: 'Shared help desk (example)',
      siteId: null,
      siteRules: [
        { address: 'jordan-support@example.org', siteId: site('JOR') },
        { address: 'drc-support@example.org', siteId: site('COD') },
      ].filter((rule): rule is { address: string; siteId: string } => rule.siteId !== null),
      host: 'imap.example.org',
      port: 993,
      security: 'tls',
      username: 'helpdesk@example.org',
      isActive: false,
    },
  ]);
  await options.db.update(sites).set({ sendsMailAcknowledgement: true }).where(eq(sites.code, 'SLE'));
  await options.db.update(sites).set({ closedMailReplyAction: 'new_request' }).where(eq(sites.code, 'JOR'));
  options.log('Seeding demo data: 2 example mailboxes (off; set a server and password in Admin → Mailboxes).');
}
