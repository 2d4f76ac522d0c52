import { and, asc, eq } from 'drizzle-orm';
import type { TRegisterImport } from '../../shared/register-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { registerImportRows, type registerImports } from '../db/schema/index.ts';

const LISTED_ERRORS = 500;

type Upload = typeof registerImports.$inferSelect;

/** An import as its preview page shows it, with the first row errors listed in words. */
export async function presentImport(db: DbOrTx, upload: Upload): Promise<TRegisterImport> {
  const errorRows =
    upload.counts.error > 0
      ? await db
          .select({ errors: registerImportRows.errors })
          .from(registerImportRows)
          .where(and(eq(registerImportRows.importId, upload.id), eq(registerImportRows.action, 'error')))
          .orderBy(asc(registerImportRows.row))
          .limit(LISTED_ERRORS)
      : [];
  const errors = errorRows.flatMap((row) => row.errors).slice(0, LISTED_ERRORS);
  const writes = upload.counts.create + upload.counts.update;
  return {
    id: upload.id,
    fileName: upload.fileName,
    format: upload.format as TRegisterImport['format'],
    siteId: upload.siteId,
    status: upload.status as TRegisterImport['status'],
    rowsTotal: upload.rowsTotal,
    rowsDone: upload.rowsDone,
    counts: upload.counts,
    fileErrors: upload.fileErrors,
    errors,
    notices: upload.notices,
    // All-or-nothing: one bad row holds back the file, so nobody applies half of it by mistake.
    canConfirm: upload.status === 'ready' && upload.counts.error === 0 && writes > 0,
    createdAt: upload.createdAt.toISOString(),
    appliedAt: upload.appliedAt?.toISOString() ?? null,
  };
}
