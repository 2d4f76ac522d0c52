import { rm } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, outboundEmails } from '../db/schema/index.ts';
import { outboxFileName } from './outbox-file-name.ts';

const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PruneOutboxResult = { deleted: number };

/**
 * Deletes mail past its retention: `sent` and `suppressed` mail after `sentDays`, `failed` mail
 * after `failedDays` (counted from when it was sent, else composed), with its `.eml` file in the outbox
 * folder. Queued mail is never touched, nor mail a notice delivery still points to (the notice
 * board counts delivered mail from it). Files go before rows, batch by batch, so a crash leaves at
 * worst a row whose file is gone, and the next run finishes the job.
 */
export async function pruneOutbox(options: {
  db: Database;
  config: Pick<Config, 'dataDir' | 'outboxRetention'>;
  now?: Date;
}): Promise<PruneOutboxResult> {
  const { db, config } = options;
  const now = options.now ?? new Date();
  const sentBefore = new Date(now.getTime() - config.outboxRetention.sentDays * DAY_MS);
  const failedBefore = new Date(now.getTime() - config.outboxRetention.failedDays * DAY_MS);
  const lastTouched = sql`coalesce(${outboundEmails.sentAt}, ${outboundEmails.createdAt})`;
  const isExpired = or(
    and(inArray(outboundEmails.status, ['sent', 'suppressed']), lt(lastTouched, sentBefore)),
    and(eq(outboundEmails.status, 'failed'), lt(lastTouched, failedBefore)),
  );
  const folder = path.join(config.dataDir, 'outbox');
  let deleted = 0;
  for (;;) {
    const batch = await db
      .select({ id: outboundEmails.id, createdAt: outboundEmails.createdAt })
      .from(outboundEmails)
      .leftJoin(noticeDeliveries, eq(noticeDeliveries.emailId, outboundEmails.id))
      .where(and(isExpired, isNull(noticeDeliveries.id)))
      .orderBy(asc(outboundEmails.createdAt))
      .limit(BATCH);
    if (batch.length === 0) return { deleted };
    await Promise.all(batch.map((email) => rm(path.join(folder, outboxFileName(email)), { force: true })));
    const ids = batch.map((email) => email.id);
    // Re-checked on delete: a failed mail retried meanwhile is queued again and stays.
    const removed = await db
      .delete(outboundEmails)
      .where(and(inArray(outboundEmails.id, ids), isExpired))
      .returning({ id: outboundEmails.id });
    deleted += removed.length;
    if (batch.length < BATCH) return { deleted };
  }
}
