import { eq } from 'drizzle-orm';
import type { TMailboxInput } from '../../shared/inbound-mail-schemas.ts';
import { mailboxes } from '../db/schema/index.ts';
import { createImapClient } from '../mail/inbound/imap-connection.ts';
import { mailboxImapSettings } from '../mail/inbound/mailbox-settings.ts';
import { type PollReport, pollOpenMailbox } from '../mail/inbound/poll-mailbox.ts';
import { createAttachmentStore } from '../requests/attachment-storage.ts';
import { startDovecot, type TestImapServer } from './dovecot.ts';
import { buildUser } from './factories.ts';
import { createMailTestApp, type MailTestApp } from './mail-test-app.ts';
import type { TestClient } from './test-app.ts';

export type InboundTestApp = MailTestApp & {
  imap: TestImapServer;
  admin: TestClient;
  /** Adds a mailbox on the test Dovecot through the admin API; returns its id. */
  addMailbox: (overrides?: Partial<TMailboxInput>) => Promise<string>;
  /** One round of the poller on a mailbox: connect, import the unseen messages, flag them, log out. */
  pollOnce: (mailboxId: string) => Promise<PollReport>;
};

/** The mail test app (SMTP sink on loopback) plus a real Dovecot holding the mailbox requests arrive in. */
export async function createInboundTestApp(): Promise<InboundTestApp> {
  const t = await createMailTestApp();
  const imap = await startDovecot();
  const adminUser = await buildUser(t.db, 'admin');
  const admin = await t.login(adminUser.email, adminUser.password);
  const store = createAttachmentStore(t.dataDir);
  return {
    ...t,
    imap,
    admin,
    addMailbox: async (overrides = {}) => {
      const response = await admin.post('/api/mailboxes', {
        name: 'Intake',
        host: '127.0.0.1',
        port: imap.port,
        security: 'none',
        username: imap.user,
        password: imap.password,
        ...overrides,
      });
      if (response.statusCode !== 201) throw new Error(`mailbox: ${response.statusCode} ${response.body}`);
      return response.json().id;
    },
    pollOnce: async (mailboxId) => {
      const [mailbox] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
      const settings = await mailboxImapSettings(t.db, t.config, mailbox);
      if (!settings) throw new Error('mailbox password unreadable');
      const client = createImapClient(settings);
      await client.connect();
      try {
        return await pollOpenMailbox(client, { db: t.db, store, config: t.config }, mailbox);
      } finally {
        await client.logout();
      }
    },
    close: async () => {
      await t.close();
      await imap.stop();
    },
  };
}
