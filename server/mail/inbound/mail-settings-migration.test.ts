import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/client.ts';
import { createScratchDatabase } from '../../db/scratch-database.ts';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');
const THIS_MIGRATION = /_mail_settings_on_sites$/;

let handle: DatabaseHandle;
let dropScratch: (() => Promise<unknown>) | null = null;
let before: string;

/** A copy of the migrations that stops just before the one moving the mail settings to sites. */
function migrationsBeforeThisOne(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const at = journal.entries.findIndex((entry: { tag: string }) => THIS_MIGRATION.test(entry.tag));
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const rowsOf = (result: unknown) => (result as { rows: unknown[] }).rows;

const migrateWith = (migrationsFolder: string) =>
  handle.kind === 'pglite'
    ? migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder })
    : migrateNodePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });

beforeAll(async () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const scratch = await createScratchDatabase(adminUrl);
    dropScratch = scratch.drop;
    handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 2 });
  } else {
    handle = await openDatabase({ dataDir: null });
  }
  before = migrationsBeforeThisOne();
  await migrateWith(before);
});
afterAll(async () => {
  await handle?.close();
  await dropScratch?.();
  if (before) rmSync(before, { recursive: true, force: true });
});

describe('[MAIL-IN]: moving acknowledgement and closed-reply settings from mailboxes to sites', () => {
  it('copies each site’s own mailbox first, then a shared mailbox’s rules; other sites keep the defaults', async () => {
    const ids = {
      own: '00000000-0000-4000-8000-000000000001',
      ruled: '00000000-0000-4000-8000-000000000002',
      none: '00000000-0000-4000-8000-000000000003',
    };
    for (const [code, id] of [
      ['OWN', ids.own],
      ['RUL', ids.ruled],
      ['NON', ids.none],
    ]) {
      await handle.db.execute(sql`insert into sites (id, code, name, country) values (${id}, ${code}, ${code}, 'Testland')`);
    }
    const rules = JSON.stringify([
      { address: 'own@example.org', siteId: ids.own },
      { address: 'ruled@example.org', siteId: ids.ruled },
    ]);
    await handle.db.execute(sql`
      insert into mailboxes (name, site_id, site_rules, host, port, username, sends_acknowledgement, closed_reply_action)
      values
        ('Own', ${ids.own}, '[]'::jsonb, 'imap.example.org', 993, 'own', false, 'reopen'),
        ('Shared', null, ${rules}::jsonb, 'imap.example.org', 993, 'shared', true, 'new_request')`);
    await migrateWith(MIGRATIONS);

    const result = await handle.db.execute(
      sql`select code, sends_mail_acknowledgement, closed_mail_reply_action from sites order by code`,
    );
    expect(rowsOf(result)).toEqual([
      { code: 'NON', sends_mail_acknowledgement: false, closed_mail_reply_action: 'reopen' },
      { code: 'OWN', sends_mail_acknowledgement: false, closed_mail_reply_action: 'reopen' },
      { code: 'RUL', sends_mail_acknowledgement: true, closed_mail_reply_action: 'new_request' },
    ]);
    const columns = await handle.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'mailboxes' and column_name in ('sends_acknowledgement', 'closed_reply_action')`,
    );
    expect(rowsOf(columns)).toEqual([]);
  });
});
