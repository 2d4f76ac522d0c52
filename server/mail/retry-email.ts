import { eq } from 'drizzle-orm';
import type { TOutboundEmail } from '../../shared/mail-schemas.ts';
import type { Database } from '../db/client.ts';
import { outboundEmails } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { getOutboxEmail } from './get-outbox-email.ts';
import { isUuid } from './is-uuid.ts';
import { SEND_EMAIL_JOB } from './mail-job-names.ts';

/** Sends a failed mail again (after the address or the SMTP settings were fixed): queued, with a new job. */
export async function retryEmail(options: { db: Database; id: string }): Promise<TOutboundEmail> {
  const { db, id } = options;
  if (!isUuid(id)) throw notFound('No such e-mail');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(outboundEmails).where(eq(outboundEmails.id, id)).for('update');
    if (!row) throw notFound('No such e-mail');
    if (row.status !== 'failed') throw new AppError('conflict', `Only failed e-mails are retried; this one is ${row.status}`);
    await tx.update(outboundEmails).set({ status: 'queued' }).where(eq(outboundEmails.id, id));
    await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: id });
    return getOutboxEmail({ db: tx, id });
  });
}
