import { and, asc, count, eq } from 'drizzle-orm';
import type { ImportAction, TImportRow } from '../../shared/register-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { registerImportRows } from '../db/schema/index.ts';

/** One page of the preview, row by row, optionally only the rows of one action. */
export async function listImportRows(options: {
  db: DbOrTx;
  importId: string;
  action?: ImportAction;
  offset: number;
  limit: number;
}): Promise<{ items: TImportRow[]; total: number }> {
  const { db } = options;
  const where = and(
    eq(registerImportRows.importId, options.importId),
    options.action ? eq(registerImportRows.action, options.action) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(registerImportRows)
      .where(where)
      .orderBy(asc(registerImportRows.row))
      .offset(options.offset)
      .limit(options.limit),
    db.select({ value: count() }).from(registerImportRows).where(where),
  ]);
  return {
    total: Number(total.value),
    items: rows.map((row) => ({
      row: row.row,
      action: row.action as ImportAction,
      reference: row.values?.reference ?? null,
      rowId: row.values?.rowId ?? null,
      summary: row.values?.summary ?? null,
      changes: row.changes,
      errors: row.errors,
    })),
  };
}
