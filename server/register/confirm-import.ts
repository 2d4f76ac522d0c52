import { and, eq } from 'drizzle-orm';
import type { TRegisterImport } from '../../shared/register-schemas.ts';
import type { Database } from '../db/client.ts';
import { registerImports } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { Actor } from '../policies/actor.ts';
import { loadImport } from './load-import.ts';
import { presentImport } from './present-import.ts';
import { APPLY_IMPORT_JOB } from './register-job-names.ts';

/**
 * Confirms a previewed import with no errors: marks it `applying` and queues the job that writes
 * it (all rows or none), in one transaction, and answers at once; the page polls the import until
 * it is `applied` or `failed`. Confirming again while it applies, or after, changes nothing.
 */
export async function confirmImport(options: { db: Database; actor: Actor; id: string }): Promise<TRegisterImport> {
  const { db, actor } = options;
  const upload = await loadImport(db, actor, options.id);
  const preview = await presentImport(db, upload);
  if (upload.status === 'applied' || upload.status === 'applying') return preview;
  if (!preview.canConfirm) {
    const why =
      upload.status !== 'ready'
        ? `it is ${upload.status}`
        : upload.counts.error > 0
          ? `${upload.counts.error} rows have errors: correct them in the file and upload it again`
          : 'it changes nothing';
    throw new AppError('conflict', `This import cannot be applied: ${why}`, { errors: [{ field: 'importId', message: why }] });
  }
  // Claims the import, so a double click or a second tab queues it once.
  const claimed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(registerImports)
      .set({ status: 'applying' })
      .where(and(eq(registerImports.id, upload.id), eq(registerImports.status, 'ready')))
      .returning();
    if (row) await enqueueJob(tx, APPLY_IMPORT_JOB, { importId: row.id }, { maxAttempts: 3 });
    return row ?? null;
  });
  return presentImport(db, claimed ?? (await loadImport(db, actor, upload.id)));
}
