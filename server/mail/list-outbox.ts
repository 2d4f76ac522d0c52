import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { TOutboxList, TOutboxQuery } from '../../shared/mail-schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, outboundEmails } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { presentOutboundEmailSummary } from './present-outbound-email.ts';

type Cursor = { createdAt: string; id: string };

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    const { createdAt, id } = parsed as Partial<Cursor>;
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt))) return { createdAt, id };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('invalid', 'The cursor is not valid', { errors: [{ field: 'cursor', message: 'is not valid' }] });
}

/** The outbox, newest first, optionally one status, a page at a time. */
export async function listOutbox(options: { db: Database; query: TOutboxQuery }): Promise<TOutboxList> {
  const { db, query } = options;
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(outboundEmails.status, query.status));
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    conditions.push(
      sql`(${outboundEmails.createdAt}, ${outboundEmails.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`,
    );
  }
  const rows = await db
    .select({ email: outboundEmails, reference: helpRequests.reference })
    .from(outboundEmails)
    .leftJoin(helpRequests, eq(helpRequests.id, outboundEmails.requestId))
    .where(and(...conditions))
    .orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentOutboundEmailSummary(row.email, row.reference)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.email.createdAt.toISOString(), id: last.email.id })
        : null,
  };
}
