import { eq } from 'drizzle-orm';
import type { TOutboundEmail } from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, outboundEmails } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { isUuid } from './is-uuid.ts';
import { presentOutboundEmail } from './present-outbound-email.ts';

/** One mail of the outbox with its text body. */
export async function getOutboxEmail(options: { db: DbOrTx; id: string }): Promise<TOutboundEmail> {
  if (!isUuid(options.id)) throw notFound('No such e-mail');
  const [row] = await options.db
    .select({ email: outboundEmails, reference: helpRequests.reference })
    .from(outboundEmails)
    .leftJoin(helpRequests, eq(helpRequests.id, outboundEmails.requestId))
    .where(eq(outboundEmails.id, options.id));
  if (!row) throw notFound('No such e-mail');
  return presentOutboundEmail(row.email, row.reference);
}
